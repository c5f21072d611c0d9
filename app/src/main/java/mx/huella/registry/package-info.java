/**
 * The person registry: who exists for the institute, identified by CURP and, once assigned, NSS.
 * It checks that a CURP agrees with the birth date, sex and birth state entered. It holds no
 * biometric data; other modules refer to a person by {@link mx.huella.registry.Person#id()} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person registry")
package mx.huella.registry;
