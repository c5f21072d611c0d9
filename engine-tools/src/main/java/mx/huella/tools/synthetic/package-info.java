/**
 * Synthetic fingerprints for tests and scale: seeded, deterministic ridge images after SFinGe, and fast minutiae
 * templates in ISO/IEC 19794-2:2005 for million-scale galleries. Owns nothing but generators; it must never read,
 * store or imitate a real person's biometrics, so that every test and benchmark built on it can run anywhere.
 */
package mx.huella.tools.synthetic;
