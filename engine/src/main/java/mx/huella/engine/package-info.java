/**
 * What the engine's packages share (reading the calibrated models the jar ships).
 *
 * <p>Internal to the engine: nothing outside {@code mx.huella.engine} may use it (ModuleStructureTest).
 */
package mx.huella.engine;
