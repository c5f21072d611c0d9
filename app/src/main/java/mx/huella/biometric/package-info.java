/**
 * Biometric data: enrolled fingerprint templates, encrypted at rest in the {@code biometric} schema
 * and nowhere else, and the 1:N search gallery built from them. Other modules know a biometric
 * subject only by its opaque id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biometric")
package mx.huella.biometric;
