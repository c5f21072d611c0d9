package mx.huella.identifier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders this package's messages from the {@code messages} bundles. */
final class MessageCatalog {

    private static final String BUNDLE = "mx.huella.identifier.messages";

    // Without this control a Spanish request on a JVM whose default locale is English would get English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageCatalog() {}

    static String format(Locale locale, String key, Object[] arguments) {
        Locale effective = locale == null ? Locale.ROOT : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), effective).format(arguments);
    }

    /** Shows invisible or unassigned characters as U+XXXX so that a message never looks empty. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isVisible(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(Locale.ROOT, "U+%04X", cp));
            }
        });
        return out.toString();
    }

    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp)
                && !Character.isSpaceChar(cp)
                && type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.UNASSIGNED
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }
}
