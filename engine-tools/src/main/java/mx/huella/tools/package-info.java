/**
 * The engine's tooling, which production never runs: the command line behind {@code ./huella eval} and
 * {@code ./huella bench}. Uses the engine only through its API packages (ModuleStructureTest).
 */
package mx.huella.tools;
