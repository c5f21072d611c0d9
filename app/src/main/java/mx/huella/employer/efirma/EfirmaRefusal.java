package mx.huella.employer.efirma;

/** Why an e.firma sign-in was refused; each has its own message for the employer. */
public enum EfirmaRefusal {
    /** Not an X.509 certificate (or not DER/PEM). */
    UNREADABLE_CERTIFICATE,
    /** A CSD (sello digital) or a certificate without the digital-signature key usage. */
    NOT_AN_EFIRMA,
    EXPIRED,
    NOT_YET_VALID,
    /** Not issued by a configured certificate authority. */
    UNKNOWN_AUTHORITY,
    REVOKED,
    /** No current revocation list for the issuer: revocation cannot be ruled out. */
    REVOCATION_UNKNOWN,
    /** The signature is not the certificate key's signature of the challenge. */
    BAD_SIGNATURE,
    /** The challenge is unknown, used or expired. */
    CHALLENGE_EXPIRED,
    /** The certificate's RFC belongs to no registered employer. */
    RFC_NOT_REGISTERED,
    /** Too many failed sign-ins from this client: wait. */
    THROTTLED
}
