/**
 * Registered devices (capture stations, clinic kiosks): registration by an administrator with a
 * secret shown once, revocation, and authentication of API calls made by a device
 * ({@code Authorization: Device <id>:<secret>}), with lockout after repeated failures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Devices")
package mx.huella.device;
