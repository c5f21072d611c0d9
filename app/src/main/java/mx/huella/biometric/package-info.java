/**
 * Biometric data: enrolled fingerprint templates, encrypted at rest in the {@code biometric} schema
 * and nowhere else, and the 1:N search gallery built from them. Other modules know a biometric
 * subject only by its opaque id. The app's one door to the engine for reading samples: finger files and
 * face photos become templates and descriptors in {@link mx.huella.biometric.FingerReader} and
 * {@link mx.huella.biometric.FaceReader}, at most one extraction per core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biometric")
package mx.huella.biometric;
