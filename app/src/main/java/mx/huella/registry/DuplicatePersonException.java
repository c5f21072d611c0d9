package mx.huella.registry;

/** Another person already holds the CURP or NSS given; nothing was stored. */
public class DuplicatePersonException extends RuntimeException {
    private final String field;

    DuplicatePersonException(String field) {
        super("another person already holds this " + field);
        this.field = field;
    }

    /** {@code curp} or {@code nss}. */
    public String field() {
        return field;
    }
}
