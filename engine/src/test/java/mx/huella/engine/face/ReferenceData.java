package mx.huella.engine.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The face-api oracle files of {@code shared/data/face-reference}, optional: tests skip when they are absent. */
final class ReferenceData {

    /** Where the engine module finds the shared data in the project checkout. */
    private static final Path PROJECT_LOCATION = Path.of("../../shared/data/face-reference");

    private ReferenceData() {}

    static Optional<Path> directory() {
        return Files.isRegularFile(PROJECT_LOCATION.resolve("oracle-cpu.json"))
                ? Optional.of(PROJECT_LOCATION)
                : Optional.empty();
    }

    /** The oracle directory; skips the calling test (JUnit assumption) when it is absent. */
    static Path require() {
        Optional<Path> directory = directory();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                directory.isPresent(), "shared/data/face-reference is absent: skipping face-api parity tests");
        return directory.orElseThrow();
    }

    static Object json(Path directory, String file) {
        try {
            return TestJson.parse(Files.readString(directory.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> oracleCases(Path directory, String file) {
        return TestJson.object(TestJson.object(json(directory, file)).get("cases"));
    }
}
