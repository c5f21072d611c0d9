/**
 * Employers (patrones) identified by RFC, with their registros patronales and the wage zone of
 * each, registered by the institute's administrators; e.firma sign-in, delegated HR users, worker
 * movements, bulk files and compliance build on them. Persons are known by registry id only. This
 * package holds what other modules use; each concern has its own sub-package, whose facades they
 * reach as named interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package mx.huella.employer;
