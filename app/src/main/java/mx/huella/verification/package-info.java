/**
 * Proving who you are: 1:1 verification of a claimed CURP or NSS with one or more fingers, and 1:N
 * identification without a claim (a clinic kiosk). Every attempt is recorded without its sample;
 * five failed attempts against one identity within fifteen minutes lock its biometric verification
 * for fifteen minutes and tell the holder; each client is rate-limited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Verification")
package mx.huella.verification;
