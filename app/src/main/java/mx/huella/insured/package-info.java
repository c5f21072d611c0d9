/**
 * The portal of insured workers and pensioners: an account (CURP and password) opened only after a
 * fingerprint matches the enrolled person, a biometric step-up before sensitive actions, their
 * biometric status and restriction, who verified them, their employers, and the Constancia de
 * Vigencia de Derechos with its public verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insured persons")
package mx.huella.insured;
