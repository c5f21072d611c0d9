/**
 * Bulk movement files: read as CSV, queued, and filed row by row in the background, with their
 * rejected rows reported.
 */
package mx.huella.employer.bulk;
