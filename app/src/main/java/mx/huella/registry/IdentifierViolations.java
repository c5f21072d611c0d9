package mx.huella.registry;

import mx.huella.identifier.InvalidIdentifierException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Turns an identifier's parse failure into a field violation that keeps its precise reason. */
final class IdentifierViolations {
    private IdentifierViolations() {}

    static FieldViolation of(String field, InvalidIdentifierException e) {
        String code = e.type().name() + "_" + e.rule().name();
        return new FieldViolation(
                field, code, new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.messageArguments()));
    }
}
