package mx.huella.tools.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The optional development data sets beside the project, at {@code ../shared/data}. */
final class SharedData {
    static final Path FVC2002 = Path.of("..", "..", "shared", "data", "fingerprints", "fvc2002");

    private SharedData() {}

    static Path fvc(String database) {
        Path folder = FVC2002.resolve(database);
        assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is not present (../shared/data is optional)");
        return folder;
    }
}
