/**
 * The audit trail: who did what to which subject, when, through which channel, and how it ended.
 * Entries name subjects by opaque ids only, never by CURP, NSS or name, and are append-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package mx.huella.audit;
