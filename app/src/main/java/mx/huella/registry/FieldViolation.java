package mx.huella.registry;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One broken rule about one field of a {@link PersonDraft}.
 *
 * @param field the draft's component name, e.g. {@code curp}
 * @param code a stable code for clients, e.g. {@code CURP_CHECK_DIGIT}
 * @param message the human message, resolved in the reader's language by a MessageSource
 */
public record FieldViolation(String field, String code, MessageSourceResolvable message) {

    static FieldViolation of(String field, String code, String messageKey, Object... arguments) {
        return new FieldViolation(
                field, code, new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments));
    }
}
