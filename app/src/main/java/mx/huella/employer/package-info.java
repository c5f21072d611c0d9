/**
 * Employers (patrones) identified by RFC, with their registros patronales. This first slice only
 * registers and lists them; e.firma sign-in, delegates and worker movements build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package mx.huella.employer;
