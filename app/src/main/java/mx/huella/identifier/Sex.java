package mx.huella.identifier;

import java.util.Optional;

/** Sex as encoded at position 11 of a CURP: H (hombre), M (mujer) or X (non-binary, issued since 2023). */
public enum Sex {
    MALE("H"),
    FEMALE("M"),
    NON_BINARY("X");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter CURP code: {@code "H"}, {@code "M"} or {@code "X"}. */
    public String code() {
        return code;
    }

    /**
     * The sex for a CURP code.
     *
     * @param code {@code "H"}, {@code "M"} or {@code "X"}, exactly (upper case)
     * @return the sex, or empty for any other value including {@code null}
     */
    public static Optional<Sex> fromCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
