/**
 * Reading and checking e.firma (FIEL) certificates and keys as SAT's relying parties do: the certificate's
 * RFC and usage, its chain to a trusted authority, revocation lists, and the signature over a sign-in
 * challenge.
 */
package mx.huella.employer.efirma;
