/**
 * Employers and their registros patronales with the wage zone of each, registered and changed by
 * the institute's administrators, and the mail sent to an employer's contact address.
 */
package mx.huella.employer.registration;
