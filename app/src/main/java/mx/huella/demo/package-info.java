/**
 * Demo mode ({@code ./huella serve --demo}): seeds synthetic employers, a few hundred persons with
 * valid identifiers and a staff account per role, and prints how to sign in. Every person is
 * fictitious; the data are generated from a fixed seed so that every demo looks the same.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package mx.huella.demo;
