package mx.huella.engine.face.weights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where manifests and shards are read from: the class path folder {@code /face-models/} or a directory. */
final class WeightFiles {

    static final String CLASS_PATH_FOLDER = "/face-models/";

    /** Opens a file by plain name, or returns null when it does not exist. */
    @FunctionalInterface
    private interface Opener {
        InputStream open(String fileName) throws IOException;
    }

    private final String origin;
    private final Opener opener;

    private WeightFiles(String origin, Opener opener) {
        this.origin = origin;
        this.opener = opener;
    }

    static WeightFiles onClassPath() {
        return new WeightFiles(
                "class path " + CLASS_PATH_FOLDER,
                name -> WeightFiles.class.getResourceAsStream(CLASS_PATH_FOLDER + name));
    }

    static WeightFiles in(Path directory) {
        return new WeightFiles(directory + "/", name -> {
            try {
                return Files.newInputStream(directory.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    String describe(String fileName) {
        return origin + fileName;
    }

    /**
     * Reads a whole file, but never more than {@code limit + 1} bytes, so a caller can tell "too long" from "exactly
     * {@code limit}" without a huge or endless file filling the heap.
     */
    byte[] read(String fileName, int limit) {
        try (InputStream in = opener.open(fileName)) {
            if (in == null) {
                throw new FaceWeightsException(describe(fileName) + " not found" + hint());
            }
            return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
        } catch (IOException e) {
            throw new FaceWeightsException("cannot read " + describe(fileName) + ": " + e, e);
        }
    }

    private String hint() {
        return origin.startsWith("class path")
                ? " (the engine build unpacks the face-api weights there; was it built with its resources?)"
                : "";
    }
}
