/**
 * Fingerprint side of the biometric engine: turns images into SourceAFIS templates and compares
 * them. Plain Java with no Spring, SQL or HTTP, so that accuracy and speed can be measured on their
 * own. Decoding of every interchange format, quality and calibrated decisions come with later work.
 */
package mx.huella.engine.fingerprint;
