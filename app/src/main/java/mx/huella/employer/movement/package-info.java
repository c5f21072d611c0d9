/**
 * Employments and the movements that change them (altas, bajas, salary changes), each with its
 * sealed acuse; an alta for a worker not yet enrolled waits for the biometric enrollment.
 */
package mx.huella.employer.movement;
