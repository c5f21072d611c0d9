package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.huella.engine.face.weights.JsonParser.JsonSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class JsonParserPropertyTest {

    @Property(tries = 500)
    void parsesBackWhatItIsGiven(@ForAll("documents") JsonValue value) {
        assertThat(JsonParser.parse(JsonWriter.write(value))).isEqualTo(value);
    }

    @Property(tries = 300)
    void rejectsEveryStrictPrefixOfADocument(
            @ForAll("containers") JsonValue value, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        String text = JsonWriter.write(value);
        String prefix = text.substring(0, cut % text.length());

        assertThatThrownBy(() -> JsonParser.parse(prefix)).isInstanceOf(JsonSyntaxException.class);
    }

    @Property(tries = 1000)
    void failsOnlyWithASyntaxErrorWhenOneCharacterIsCorrupted(
            @ForAll("containers") JsonValue value,
            @ForAll @IntRange(min = 0, max = 10_000) int at,
            @ForAll("jsonishCharacters") char replacement) {
        String text = JsonWriter.write(value);
        int index = at % text.length();
        String corrupted = text.substring(0, index) + replacement + text.substring(index + 1);

        parsesOrFailsWithSyntaxError(corrupted);
    }

    @Property(tries = 1000)
    void failsOnlyWithASyntaxErrorOnArbitraryText(@ForAll("jsonishText") String text) {
        parsesOrFailsWithSyntaxError(text);
    }

    private static void parsesOrFailsWithSyntaxError(String text) {
        try {
            JsonParser.parse(text);
        } catch (JsonSyntaxException expected) {
            assertThat(expected.offset()).isBetween(0, text.length());
        }
    }

    @Provide
    Arbitrary<JsonValue> documents() {
        return value(4);
    }

    @Provide
    Arbitrary<JsonValue> containers() {
        return Arbitraries.oneOf(array(3), object(3));
    }

    @Provide
    Arbitrary<Character> jsonishCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        '{', '}', '[', ']', ',', ':', '"', '\\', '-', '.', 'e', '0', '1', ' ', 'n', 't', 'f', 'u', '\n',
                        '\u0000'),
                Arbitraries.chars());
    }

    @Provide
    Arbitrary<String> jsonishText() {
        return jsonishCharacters().list().ofMaxSize(40).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    private Arbitrary<JsonValue> value(int depth) {
        Arbitrary<JsonValue> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(JsonValue.JsonString::new),
                Arbitraries.doubles().map(JsonValue.JsonNumber::new),
                Arbitraries.integers().map(i -> new JsonValue.JsonNumber(i)),
                Arbitraries.of(true, false).map(JsonValue.JsonBoolean::new),
                Arbitraries.just(JsonValue.JsonNull.INSTANCE));
        return depth == 0
                ? scalars
                : Arbitraries.frequencyOf(
                        Tuple.of(3, scalars),
                        Tuple.of(1, Arbitraries.lazy(() -> array(depth - 1))),
                        Tuple.of(1, Arbitraries.lazy(() -> object(depth - 1))));
    }

    private Arbitrary<JsonValue> array(int depth) {
        return value(depth).list().ofMaxSize(4).map(elements -> (JsonValue) new JsonValue.JsonArray(elements));
    }

    private Arbitrary<JsonValue> object(int depth) {
        return Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), value(depth))
                .ofMaxSize(4)
                .map(members -> (JsonValue) new JsonValue.JsonObject(new TreeMap<>(members)));
    }

    /** Serialises a tree the way a careful writer would, escaping what JSON requires and some of what it allows. */
    static final class JsonWriter {

        private JsonWriter() {}

        static String write(JsonValue value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(JsonValue value, StringBuilder out) {
            switch (value) {
                case JsonValue.JsonObject object -> writeObject(object.members(), out);
                case JsonValue.JsonArray array -> writeArray(array.elements(), out);
                case JsonValue.JsonString string -> writeString(string.value(), out);
                case JsonValue.JsonNumber number -> out.append(number.value());
                case JsonValue.JsonBoolean bool -> out.append(bool.value());
                case JsonValue.JsonNull ignored -> out.append("null");
            }
        }

        private static void writeObject(Map<String, JsonValue> members, StringBuilder out) {
            out.append("{ ");
            String separator = "";
            for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                out.append(separator);
                writeString(member.getKey(), out);
                out.append(" :\n");
                write(member.getValue(), out);
                separator = ",\t";
            }
            out.append('}');
        }

        private static void writeArray(List<JsonValue> elements, StringBuilder out) {
            out.append('[');
            for (int i = 0; i < elements.size(); i++) {
                out.append(i == 0 ? "" : " , ");
                write(elements.get(i), out);
            }
            out.append("\r\n]");
        }

        private static void writeString(String value, StringBuilder out) {
            out.append('"');
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '/' -> out.append("\\/");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
