/**
 * Mexican personal and employer identifiers: CURP, RFC, NSS and registro patronal, as immutable
 * value types that can only be obtained by parsing (or, for a CURP, composing) a valid value.
 *
 * <p>The package owns format rules, check digits and the wording of rejections in Spanish and
 * English. It never looks identifiers up in RENAPO, SAT or IMSS, and it never puts a whole
 * identifier in an exception message, since identifiers are personal data.
 */
package mx.huella.identifier;
