package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import mx.huella.engine.face.weights.JsonParser.JsonSyntaxException;
import mx.huella.generated.Generated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonParserPropertyTest {

    private static final String JSONISH = "{}[],:\"\\-.e01 ntfu\n\u0000";
    private static final double[] ROUND_AND_EXTREME_NUMBERS = {
        0, 1, -1, 0.01, -0.01, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE
    };

    static Stream<Arguments> documents() {
        return Generated.cases(500, random -> Arguments.of(value(random, 4)));
    }

    static Stream<Arguments> containersAndCuts() {
        return Generated.cases(300, random -> Arguments.of(container(random), Generated.between(random, 0, 10_000)));
    }

    static Stream<Arguments> containersPositionsAndReplacements() {
        return Generated.cases(
                1000,
                random -> Arguments.of(
                        container(random), Generated.between(random, 0, 10_000), jsonishCharacter(random)));
    }

    static Stream<Arguments> jsonishTexts() {
        return Generated.cases(
                1000,
                List.of(Arguments.of("")),
                random -> Arguments.of(Generated.text(random, 0, 40, JsonParserPropertyTest::jsonishCharacter)));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void parsesBackWhatItIsGiven(JsonValue value) {
        assertThat(JsonParser.parse(JsonWriter.write(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("containersAndCuts")
    void rejectsEveryStrictPrefixOfADocument(JsonValue value, int cut) {
        String text = JsonWriter.write(value);
        String prefix = text.substring(0, cut % text.length());

        assertThatThrownBy(() -> JsonParser.parse(prefix)).isInstanceOf(JsonSyntaxException.class);
    }

    @ParameterizedTest
    @MethodSource("containersPositionsAndReplacements")
    void failsOnlyWithASyntaxErrorWhenOneCharacterIsCorrupted(JsonValue value, int at, char replacement) {
        String text = JsonWriter.write(value);
        int index = at % text.length();
        String corrupted = text.substring(0, index) + replacement + text.substring(index + 1);

        parsesOrFailsWithSyntaxError(corrupted);
    }

    @ParameterizedTest
    @MethodSource("jsonishTexts")
    void failsOnlyWithASyntaxErrorOnArbitraryText(String text) {
        parsesOrFailsWithSyntaxError(text);
    }

    private static void parsesOrFailsWithSyntaxError(String text) {
        try {
            JsonParser.parse(text);
        } catch (JsonSyntaxException expected) {
            assertThat(expected.offset()).isBetween(0, text.length());
        }
    }

    /** Three scalars to one array to one object, nested at most {@code depth} deep. */
    private static JsonValue value(SplittableRandom random, int depth) {
        return switch (depth == 0 ? 0 : random.nextInt(5)) {
            case 3 -> array(random, depth - 1);
            case 4 -> object(random, depth - 1);
            default -> scalar(random);
        };
    }

    private static JsonValue container(SplittableRandom random) {
        return random.nextBoolean() ? array(random, 3) : object(random, 3);
    }

    private static JsonValue array(SplittableRandom random, int depth) {
        List<JsonValue> elements = new ArrayList<>();
        for (int size = Generated.between(random, 0, 4); size > 0; size--) {
            elements.add(value(random, depth));
        }
        return new JsonValue.JsonArray(elements);
    }

    private static JsonValue object(SplittableRandom random, int depth) {
        Map<String, JsonValue> members = new TreeMap<>();
        for (int size = Generated.between(random, 0, 4); size > 0; size--) {
            members.put(Generated.anyText(random, 0, 6), value(random, depth));
        }
        return new JsonValue.JsonObject(members);
    }

    private static JsonValue scalar(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> new JsonValue.JsonString(Generated.anyText(random, 0, 12));
            case 1 -> new JsonValue.JsonNumber(anyNumber(random));
            case 2 -> new JsonValue.JsonNumber(Generated.between(random, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case 3 -> new JsonValue.JsonBoolean(random.nextBoolean());
            default -> JsonValue.JsonNull.INSTANCE;
        };
    }

    /** Round numbers and extremes, numbers with two decimals as people write them, and any finite double. */
    private static double anyNumber(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> ROUND_AND_EXTREME_NUMBERS[random.nextInt(ROUND_AND_EXTREME_NUMBERS.length)];
            case 1 -> Math.round(random.nextDouble(-1e6, 1e6) * 100) / 100.0;
            default -> {
                double any;
                do {
                    any = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(any));
                yield any;
            }
        };
    }

    /** Half the time a character that means something in JSON, otherwise any character. */
    private static char jsonishCharacter(SplittableRandom random) {
        return random.nextBoolean() ? JSONISH.charAt(random.nextInt(JSONISH.length())) : Generated.anyChar(random);
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
