package mx.huella.generated;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Cases for a {@code @ParameterizedTest}, drawn from one fixed seed: every run sees the same cases, and each
 * case's name holds the seed and the values, so a failure can be drawn again. {@code -Dgenerated.seed=N} draws
 * other cases. The app's tests use it too, through the engine's test jar.
 */
public final class Generated {

    public static final long SEED = Long.getLong("generated.seed", 14);

    private static final int NAME_LENGTH = 120;

    private Generated() {}

    /** {@code count} cases drawn from the seed. */
    public static Stream<Arguments> cases(int count, Function<SplittableRandom, Arguments> draw) {
        return cases(count, List.of(), draw);
    }

    /** The edge cases first, then cases drawn from the seed, {@code count} in all. */
    public static Stream<Arguments> cases(
            int count, List<Arguments> edgeCases, Function<SplittableRandom, Arguments> draw) {
        SplittableRandom random = new SplittableRandom(SEED);
        return Stream.concat(edgeCases.stream(), Stream.generate(() -> draw.apply(random)))
                .limit(count)
                .map(arguments -> Arguments.argumentSet(name(arguments.get()), arguments.get()));
    }

    /** Any value from min to max, both included, and either bound more often than chance: bugs live there. */
    public static int between(SplittableRandom random, int min, int max) {
        int edge = random.nextInt(32);
        return edge == 0 ? min : edge == 1 ? max : (int) random.nextLong(min, max + 1L);
    }

    /** Any value from min to max, both included, and either bound more often than chance. */
    public static double between(SplittableRandom random, double min, double max) {
        int edge = random.nextInt(32);
        return edge == 0 ? min : edge == 1 ? max : random.nextDouble(min, Math.nextUp(max));
    }

    /** Text of the characters {@code character} draws, its length from min to max. */
    public static String text(
            SplittableRandom random, int minLength, int maxLength, ToIntFunction<SplittableRandom> character) {
        StringBuilder text = new StringBuilder();
        for (int length = between(random, minLength, maxLength); length > 0; length--) {
            text.append((char) character.applyAsInt(random));
        }
        return text.toString();
    }

    /** Text of the given alphabet's characters, its length from min to max. */
    public static String text(SplittableRandom random, String alphabet, int minLength, int maxLength) {
        return text(random, minLength, maxLength, r -> alphabet.charAt(between(r, 0, alphabet.length() - 1)));
    }

    /** Text of any characters, its length from min to max. */
    public static String anyText(SplittableRandom random, int minLength, int maxLength) {
        return text(random, minLength, maxLength, Generated::anyChar);
    }

    /** Any character: mostly printable ASCII, often a control character, sometimes anything up to U+FFFF. */
    public static char anyChar(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> (char) between(random, 0, 0x1f);
            case 1 -> (char) between(random, 0x80, Character.MAX_VALUE);
            default -> (char) between(random, 0x20, 0x7e);
        };
    }

    /** Any one of the values, the first and the last more often than chance. */
    public static <T> T oneOf(SplittableRandom random, List<T> values) {
        return values.get(between(random, 0, values.size() - 1));
    }

    /** Any bytes, as many as from 0 to max. */
    public static byte[] bytes(SplittableRandom random, int maxLength) {
        byte[] bytes = new byte[between(random, 0, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The seed and the values, invisible characters escaped, cut at {@link #NAME_LENGTH}: a name, not a dump. */
    private static String name(Object[] values) {
        StringBuilder name = new StringBuilder("seed ").append(SEED).append(':');
        for (int i = 0; i < values.length && name.length() <= NAME_LENGTH; i++) {
            name.append(i == 0 ? " " : ", ");
            String text = shown(values[i]);
            for (int at = 0; at < text.length() && name.length() <= NAME_LENGTH; at++) {
                char c = text.charAt(at);
                if (visible(c)) {
                    name.append(c);
                } else {
                    name.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return name.length() <= NAME_LENGTH ? name.toString() : name.substring(0, NAME_LENGTH) + "...";
    }

    private static String shown(Object value) {
        return switch (value) {
            case String string -> '"' + string + '"';
            case byte[] bytes ->
                bytes.length + " bytes " + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, NAME_LENGTH / 2));
            case Object[] array -> Arrays.deepToString(array);
            case null, default -> String.valueOf(value);
        };
    }

    private static boolean visible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.NON_SPACING_MARK,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> c == ' ';
            default -> true;
        };
    }
}
