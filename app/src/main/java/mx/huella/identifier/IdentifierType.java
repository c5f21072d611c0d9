package mx.huella.identifier;

/**
 * The kinds of Mexican identifier this package validates.
 *
 * <p>{@link #label()} is the identifier's proper name. It is the same in every language (CURP, RFC,
 * NSS and registro patronal are proper nouns), which is why messages take it as an argument instead
 * of looking it up per locale.
 */
public enum IdentifierType {
    CURP("CURP"),
    RFC("RFC"),
    NSS("NSS"),
    REGISTRO_PATRONAL("Registro patronal");

    private final String label;

    IdentifierType(String label) {
        this.label = label;
    }

    /** The identifier's proper name as shown to people, e.g. {@code "CURP"}. */
    public String label() {
        return label;
    }
}
