/**
 * Biometric signatures: a holder signs a document or transaction by verifying with a finger, and the
 * platform issues signed evidence (document SHA-256, verification result, time, channel, signer) as a
 * JWS (RS256, with the platform certificate in {@code x5c}); anyone checks evidence later, and any
 * altered byte of evidence or document fails.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biometric signatures")
package mx.huella.signature;
