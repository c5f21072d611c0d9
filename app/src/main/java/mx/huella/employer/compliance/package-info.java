/**
 * Where employers stand with biometric enrollment: the dashboard and worker lists, the schedule of
 * existing workers, deadline reminders, and the duplicate-identity signals (rates and confirmed
 * fraud).
 */
package mx.huella.employer.compliance;
