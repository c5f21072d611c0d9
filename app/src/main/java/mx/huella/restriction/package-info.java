/**
 * The restriction engine: a person who must enroll (a new hire; later, existing workers by schedule)
 * has a deadline; after it they are RESTRICTED ("Trámite restringido por falta de biometría") with a
 * 30-day countdown, then SUSPENDED. Enrollment lifts the restriction at once. A persistent job moves
 * the states, on one node at a time, reading the injected clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Restrictions")
package mx.huella.restriction;
