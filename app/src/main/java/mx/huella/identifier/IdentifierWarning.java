package mx.huella.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * Something doubtful about a value that was nonetheless accepted; today only an RFC whose check
 * digit does not match (SAT has issued such RFCs, so they cannot be rejected).
 *
 * @param type which identifier the warning is about
 * @param position 1-based position of the doubtful character
 * @param code what is doubtful
 * @param found the character at {@code position}
 * @param expected the character the rule expected there
 */
public record IdentifierWarning(IdentifierType type, int position, Code code, String found, String expected) {

    /** Kinds of warning. */
    public enum Code {
        /** The check digit differs from the computed one. */
        CHECK_DIGIT_MISMATCH
    }

    public IdentifierWarning {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /** A sentence for people, Spanish unless the locale's language is English. */
    public String message(Locale locale) {
        return MessageCatalog.format(locale, messageKey(), messageArguments());
    }

    /** Key of this message in the bundle {@code mx/huella/identifier/messages}. */
    public String messageKey() {
        return "identifier.warning." + code.name();
    }

    /** {0} identifier label, {1} position, {2} found, {3} expected. */
    public Object[] messageArguments() {
        return new Object[] {type.label(), position, MessageCatalog.printable(found), expected};
    }
}
