/**
 * Who acts for an employer and how they sign in: the e.firma challenge, delegated HR users with
 * password and TOTP, API tokens, the filters that authenticate them and the registros each may act
 * on.
 */
package mx.huella.employer.access;
