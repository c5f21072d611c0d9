package mx.huella.notification;

import java.util.Objects;

/**
 * One plain-text message to one address.
 *
 * @param topic what the message is about, e.g. {@code IDENTITY_FRAUD}; kept for the mailbox and
 *     for counting, never sent
 */
public record Mail(String recipient, String subject, String body, String topic) {
    private static final int MAX_ADDRESS = 254;

    public Mail {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(topic);
        if (!isAddress(recipient)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }

    /** A deliberately plain check: one @, something either side, no spaces or line breaks. */
    public static boolean isAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ADDRESS) {
            return false;
        }
        int at = text.indexOf('@');
        return at > 0
                && at == text.lastIndexOf('@')
                && at < text.length() - 1
                && text.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
