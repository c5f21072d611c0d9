package mx.huella.engine.face.weights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed TF.js {@code weights_manifest.json}: an array of groups, each listing its shard files and, in byte order,
 * the tensors stored across them. Only the fields face-api's files use are read; unknown members are ignored as TF.js
 * ignores them, but every field that is read is checked.
 */
record WeightsManifest(List<Group> groups) {

    /** One group: its shards are concatenated in order and hold its tensors back to back, with no padding. */
    record Group(List<String> paths, List<TensorSpec> tensors) {

        long byteLength() {
            return tensors.stream().mapToLong(TensorSpec::byteLength).sum();
        }
    }

    WeightsManifest {
        groups = List.copyOf(groups);
    }

    /** Parses and validates a manifest; {@code source} names the file in error messages. */
    static WeightsManifest parse(String json, String source) {
        JsonValue root;
        try {
            root = JsonParser.parse(json);
        } catch (JsonParser.JsonSyntaxException e) {
            throw new FaceWeightsException(source + ": malformed JSON: " + e.getMessage(), e);
        }
        List<Group> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            List<JsonValue> array = root.asArray();
            for (int g = 0; g < array.size(); g++) {
                groups.add(group(array.get(g).asObject(), source + " group " + g, names));
            }
        } catch (JsonValue.JsonShapeException e) {
            throw new FaceWeightsException(source + ": not a weights manifest: " + e.getMessage(), e);
        }
        if (groups.isEmpty()) {
            throw new FaceWeightsException(source + ": manifest lists no weight groups");
        }
        return new WeightsManifest(groups);
    }

    private static Group group(JsonValue.JsonObject json, String where, Set<String> names) {
        List<String> paths = new ArrayList<>();
        for (JsonValue path : json.member("paths").asArray()) {
            paths.add(checkedPath(path.asString(), where));
        }
        if (paths.isEmpty()) {
            throw new FaceWeightsException(where + ": \"paths\" is empty");
        }
        List<TensorSpec> tensors = new ArrayList<>();
        for (JsonValue entry : json.member("weights").asArray()) {
            TensorSpec spec = TensorSpec.parse(entry.asObject(), where);
            if (!names.add(spec.name())) {
                throw new FaceWeightsException(where + ": tensor '" + spec.name() + "' is listed twice");
            }
            tensors.add(spec);
        }
        return new Group(paths, tensors);
    }

    /** Shards must sit beside the manifest: a path that climbs out of the model folder is refused, not resolved. */
    private static String checkedPath(String path, String where) {
        boolean plainName = !path.isEmpty()
                && !path.equals(".")
                && !path.equals("..")
                && path.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20);
        if (!plainName) {
            throw new FaceWeightsException(where + ": shard path '" + path + "' is not a plain file name");
        }
        return path;
    }
}
