/**
 * The dated UMA and minimum-wage table that administrators keep, and the SBC bounds it sets for a
 * day and wage zone.
 */
package mx.huella.employer.reference;
