package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for the reference files: objects become {@link Map}, arrays {@link List}, numbers
 * {@link Double}. Test-only; it trusts its input. Public for the engine tools' tests, which read their commands'
 * {@code --json} output with it.
 */
public final class TestJson {

    private final String text;
    private int pos;

    private TestJson(String text) {
        this.text = text;
    }

    public static Object parse(String text) {
        return new TestJson(text).value();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    static float[] floats(Object value) {
        List<Object> list = array(value);
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Double) list.get(i)).floatValue();
        }
        return out;
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't', 'f', 'n' -> literal();
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        skipSpace();
        while (text.charAt(pos) != '}') {
            String key = string();
            skipSpace();
            pos++;
            members.put(key, value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                skipSpace();
            }
        }
        pos++;
        return members;
    }

    private List<Object> array() {
        List<Object> elements = new ArrayList<>();
        pos++;
        skipSpace();
        while (text.charAt(pos) != ']') {
            elements.add(value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
            }
            skipSpace();
        }
        pos++;
        return elements;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\') {
                char escaped = text.charAt(pos++);
                out.append(escaped == 'u' ? (char) Integer.parseInt(text.substring(pos, pos += 4), 16) : escaped);
            } else {
                out.append(c);
            }
        }
        pos++;
        return out.toString();
    }

    private Object literal() {
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw new IllegalStateException("bad literal at " + pos);
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return Double.valueOf(text.substring(start, pos));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
