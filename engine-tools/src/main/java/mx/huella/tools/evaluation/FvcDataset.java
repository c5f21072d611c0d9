package mx.huella.tools.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of impressions named {@code <finger>_<impression>.<ext>} as the FVC sets are, grouped by
 * finger in numeric order. Other files are ignored.
 */
public record FvcDataset(Path folder, Map<String, List<Impression>> fingers) {
    private static final Pattern NAME =
            Pattern.compile("(\\d+)_(\\d+)\\.(tif|tiff|png|bmp|jpg|jpeg|wsq)", Pattern.CASE_INSENSITIVE);

    /** One image of one finger. */
    public record Impression(String finger, int index, Path file) {
        public String name() {
            return finger + "_" + index;
        }
    }

    /**
     * @throws IllegalArgumentException when the folder is missing or holds fewer than two fingers with
     *     two impressions each
     */
    public static FvcDataset scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        Map<String, List<Impression>> fingers = new TreeMap<>(Comparator.comparingLong(Long::parseLong));
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    fingers.computeIfAbsent(name.group(1), f -> new ArrayList<>())
                            .add(new Impression(name.group(1), Integer.parseInt(name.group(2)), file));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fingers.values().forEach(list -> list.sort(Comparator.comparingInt(Impression::index)));
        fingers.values().removeIf(list -> list.size() < 2);
        if (fingers.size() < 2) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s holds no FVC-style set: need at least two fingers with two impressions named <finger>_<n>.tif|png|...",
                    folder));
        }
        return new FvcDataset(folder, fingers);
    }

    public List<Impression> impressions() {
        return fingers.values().stream().flatMap(List::stream).toList();
    }
}
