/**
 * Measuring how good fingerprint decisions are: the FVC protocol (genuine and impostor pairs),
 * error rates (EER, FMR100, FMR1000, ZeroFMR), DET curves, and the fingerprint commands behind
 * {@code ./huella eval fingerprints|fingerprints-multi|calibrate|synthetic-dedup} and
 * {@code ./huella bench fingerprints}. Reads image folders; never writes outside the result folder
 * it is given.
 */
package mx.huella.tools.evaluation;
