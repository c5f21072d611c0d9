package mx.huella.engine.face.weights;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All weight tensors of one face-api network, by the names its TF.js manifest gives them, decoded exactly as TF.js
 * decodes them so that a Java port can reproduce face-api's outputs.
 *
 * <p>Loading checks that every shard holds exactly the bytes the manifest describes and fails with
 * {@link FaceWeightsException} otherwise. It costs one pass over the {@code .bin} (at most 6.4 MB, for
 * {@link FaceModel#FACE_RECOGNITION}) and keeps {@code 4 · valueCount()} bytes of floats on the heap (25 MB for all
 * four models). Loading all four from the class path took about 140 ms in a fresh JVM and 17 ms warm on a 2-core
 * machine. Load once and share: instances are immutable and thread-safe.
 */
public final class ModelWeights {

    private final FaceModel model;
    private final Map<String, Tensor> tensors;
    private final long valueCount;

    ModelWeights(FaceModel model, Map<String, Tensor> tensors) {
        this.model = model;
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        this.valueCount = tensors.values().stream().mapToLong(Tensor::size).sum();
    }

    /** Loads the model from the class path folder {@code /face-models/}, where the engine jar carries it. */
    public static ModelWeights load(FaceModel model) {
        return WeightsReader.read(WeightFiles.onClassPath(), model);
    }

    /** Loads the model from a directory holding face-api's manifest and {@code .bin} files under their own names. */
    public static ModelWeights loadFrom(Path directory, FaceModel model) {
        return WeightsReader.read(WeightFiles.in(directory), model);
    }

    public FaceModel model() {
        return model;
    }

    /** The tensor of that name; throws {@link FaceWeightsException} naming the model and tensor when absent. */
    public Tensor tensor(String name) {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new FaceWeightsException(model.fileStem() + " has no tensor '" + name + "'");
        }
        return tensor;
    }

    public boolean contains(String name) {
        return tensors.containsKey(name);
    }

    /** Tensor names in manifest order, which is also their byte order in the {@code .bin}. Unmodifiable. */
    public List<String> names() {
        return List.copyOf(tensors.keySet());
    }

    public int tensorCount() {
        return tensors.size();
    }

    /** The total number of float values over all tensors. */
    public long valueCount() {
        return valueCount;
    }

    @Override
    public String toString() {
        return model.fileStem() + " (" + tensors.size() + " tensors, " + valueCount + " values)";
    }
}
