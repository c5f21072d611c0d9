package mx.huella.engine.face.weights;

import java.nio.charset.StandardCharsets;

/** Test fixtures: the shipped manifests, and files copied out of the class path into a directory. */
final class Manifests {

    private Manifests() {}

    static WeightsManifest onClassPath(FaceModel model) {
        return WeightsManifest.parse(text(model.manifestFileName()), model.manifestFileName());
    }

    static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String fileName) {
        return WeightFiles.onClassPath().read(fileName, Integer.MAX_VALUE - 8);
    }
}
