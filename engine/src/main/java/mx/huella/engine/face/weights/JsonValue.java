package mx.huella.engine.face.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON value: the tree {@link JsonParser} builds. Immutable. */
sealed interface JsonValue {

    /** Members keep their document order. */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {

        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        JsonValue member(String key) {
            JsonValue value = members.get(key);
            if (value == null) {
                throw new JsonShapeException("missing member \"" + key + "\"");
            }
            return value;
        }

        boolean has(String key) {
            return members.containsKey(key);
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {

        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    record JsonString(String value) implements JsonValue {}

    record JsonNumber(double value) implements JsonValue {}

    record JsonBoolean(boolean value) implements JsonValue {}

    enum JsonNull implements JsonValue {
        INSTANCE
    }

    default JsonObject asObject() {
        if (this instanceof JsonObject object) {
            return object;
        }
        throw new JsonShapeException("expected an object, found " + kind());
    }

    default List<JsonValue> asArray() {
        if (this instanceof JsonArray array) {
            return array.elements();
        }
        throw new JsonShapeException("expected an array, found " + kind());
    }

    default String asString() {
        if (this instanceof JsonString string) {
            return string.value();
        }
        throw new JsonShapeException("expected a string, found " + kind());
    }

    default double asNumber() {
        if (this instanceof JsonNumber number) {
            return number.value();
        }
        throw new JsonShapeException("expected a number, found " + kind());
    }

    private String kind() {
        return switch (this) {
            case JsonObject o -> "an object";
            case JsonArray a -> "an array";
            case JsonString s -> "a string";
            case JsonNumber n -> "a number";
            case JsonBoolean b -> "a boolean";
            case JsonNull n -> "null";
        };
    }

    /** A well-formed document whose structure is not what the reader expects. */
    final class JsonShapeException extends RuntimeException {

        JsonShapeException(String message) {
            super(message);
        }
    }
}
