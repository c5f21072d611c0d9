package mx.huella.engine.face.weights;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one model: its manifest, then each group's shards, checked for exact length, then decodes every tensor. */
final class WeightsReader {

    private WeightsReader() {}

    static ModelWeights read(WeightFiles files, FaceModel model) {
        String manifestName = model.manifestFileName();
        String json = utf8(files.read(manifestName, JsonParser.MAX_CHARS), files.describe(manifestName));
        WeightsManifest manifest = WeightsManifest.parse(json, files.describe(manifestName));
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (WeightsManifest.Group group : manifest.groups()) {
            ByteBuffer bytes = groupBytes(files, group);
            for (TensorSpec spec : group.tensors()) {
                tensors.put(spec.name(), new Tensor(spec.name(), spec.shape(), spec.decode(bytes)));
            }
        }
        return new ModelWeights(model, tensors);
    }

    private static ByteBuffer groupBytes(WeightFiles files, WeightsManifest.Group group) {
        long expected = group.byteLength();
        String shards = String.join(", ", group.paths());
        if (expected > Integer.MAX_VALUE - 8) {
            throw new FaceWeightsException(shards + ": group of " + expected + " bytes is too large to load");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) expected).order(ByteOrder.LITTLE_ENDIAN);
        for (String path : group.paths()) {
            byte[] shard = files.read(path, bytes.remaining());
            if (shard.length > bytes.remaining()) {
                throw new FaceWeightsException(files.describe(path) + " is longer than the " + expected
                        + " bytes that the manifest's " + group.tensors().size() + " tensors occupy"
                        + (group.paths().size() > 1 ? " across " + shards : ""));
            }
            bytes.put(shard);
        }
        if (bytes.hasRemaining()) {
            throw new FaceWeightsException(files.describe(shards) + " holds " + bytes.position()
                    + " bytes but the manifest's " + group.tensors().size() + " tensors need " + expected
                    + " (truncated file?)");
        }
        return bytes.flip();
    }

    private static String utf8(byte[] bytes, String source) {
        if (bytes.length > JsonParser.MAX_CHARS) {
            throw new FaceWeightsException(source + " is longer than " + JsonParser.MAX_CHARS + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FaceWeightsException(source + " is not valid UTF-8", e);
        }
    }
}
