/**
 * Fingerprint side of the biometric engine: quality, SourceAFIS templates in a versioned stored form,
 * ISO/ANSI template interchange, calibrated 1:1 decisions and multi-finger fusion. Decoding of outside
 * files lives in {@code decode}. Plain Java with no Spring, SQL or HTTP.
 *
 * <p>API of the engine: the application and the engine tools may use its public types (ModuleStructureTest).
 */
package mx.huella.engine.fingerprint;
