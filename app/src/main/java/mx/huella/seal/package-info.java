/**
 * The platform's own signature: the key and X.509 certificate with which Huella seals what it
 * issues (movement receipts, later certificates and signature evidence), and the check of a seal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform seal")
package mx.huella.seal;
