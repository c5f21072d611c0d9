/**
 * The application's benchmarks behind {@code ./huella bench rebuild|bulk|verify|load}: each runs only when its
 * {@code huella.bench.*} property is set, in a portal of its own data directory, on synthetic persons and fingers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package mx.huella.bench;
