/**
 * Measuring how good fingerprint decisions are: the FVC protocol (genuine and impostor pairs),
 * error rates (EER, FMR100, FMR1000, ZeroFMR), DET curves, and the command-line entry points behind
 * {@code ./huella eval} and {@code ./huella bench}. Reads image folders; never writes outside the
 * result folder it is given.
 */
package mx.huella.engine.evaluation;
