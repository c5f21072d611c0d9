package mx.huella.registry;

import java.util.List;

/** A draft broke one or more rules; nothing was stored. */
public class InvalidPersonException extends RuntimeException {
    private final transient List<FieldViolation> violations;

    InvalidPersonException(List<FieldViolation> violations) {
        super("person data broke " + violations.size() + " rule(s)");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
