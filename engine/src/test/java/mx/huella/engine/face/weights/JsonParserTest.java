package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.huella.engine.face.weights.JsonParser.JsonSyntaxException;
import mx.huella.engine.face.weights.JsonValue.JsonArray;
import mx.huella.engine.face.weights.JsonValue.JsonBoolean;
import mx.huella.engine.face.weights.JsonValue.JsonNull;
import mx.huella.engine.face.weights.JsonValue.JsonNumber;
import mx.huella.engine.face.weights.JsonValue.JsonObject;
import mx.huella.engine.face.weights.JsonValue.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    @Test
    void parsesAManifestLikeDocumentKeepingMemberOrder() {
        JsonValue value = JsonParser.parse("""
                [ {"weights": [{"name":"a/b","shape":[3,1],"dtype":"float32",
                                "quantization":{"dtype":"uint8","scale":0.5e-2,"min":-1.25}}],
                   "paths": ["a.bin"], "flag": true, "none": null, "off": false} ]""");

        JsonObject group = value.asArray().get(0).asObject();
        assertThat(group.members().keySet()).containsExactly("weights", "paths", "flag", "none", "off");
        JsonObject weight = group.member("weights").asArray().get(0).asObject();
        assertThat(weight.member("shape").asArray()).containsExactly(new JsonNumber(3), new JsonNumber(1));
        assertThat(weight.member("quantization").asObject().member("scale").asNumber())
                .isEqualTo(0.005);
        assertThat(group.member("flag")).isEqualTo(new JsonBoolean(true));
        assertThat(group.member("none")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void decodesEveryEscape() {
        JsonValue value = JsonParser.parse("\"q\\\" s\\\\ sl\\/ \\b\\f\\n\\r\\t \\u00e9\\uD83D\\uDE00 ñ\"");

        assertThat(value.asString()).isEqualTo("q\" s\\ sl/ \b\f\n\r\t é😀 ñ");
    }

    @Test
    void readsNumbersAsDoublesExactlyAsJavaDoes() {
        assertThat(JsonParser.parse("-0").asNumber()).isEqualTo(-0.0);
        assertThat(JsonParser.parse("0.009007044399485869").asNumber()).isEqualTo(0.009007044399485869);
        assertThat(JsonParser.parse("-1.2069439495311063").asNumber()).isEqualTo(-1.2069439495311063);
        assertThat(JsonParser.parse("1E+2").asNumber()).isEqualTo(100.0);
        assertThat(JsonParser.parse("2.5e-3").asNumber()).isEqualTo(0.0025);
        assertThat(JsonParser.parse("1e-400").asNumber()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "[",
                "{",
                "[1,]",
                "[,1]",
                "{\"a\":1,}",
                "{\"a\"}",
                "{\"a\" 1}",
                "{a:1}",
                "{'a':1}",
                "01",
                "-01",
                "1.",
                ".5",
                "+1",
                "-",
                "1e",
                "1e+",
                "NaN",
                "Infinity",
                "-Infinity",
                "1e999",
                "tru",
                "nul",
                "True",
                "[1] x",
                "[1][2]",
                "\"abc",
                "\"\t\"",
                "\"a\nb\"",
                "\"\\x\"",
                "\"\\u12G4\"",
                "\"\\u12\"",
                "{\"a\":1,\"a\":2}",
                "// c\n1",
                "[1 2]",
                "\u00a01",
                "[\"a\" \"b\"]",
                "{\"a\":}"
            })
    void rejectsInputThatIsNotStrictJson(String text) {
        assertThatThrownBy(() -> JsonParser.parse(text))
                .isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("at offset");
    }

    @Test
    void reportsTheOffsetWhereParsingStopped() {
        assertThatThrownBy(() -> JsonParser.parse("{\"a\": [1, 2,, 3]}"))
                .isInstanceOfSatisfying(
                        JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(12))
                .hasMessage("unexpected character ',' at offset 12");
        assertThatThrownBy(() -> JsonParser.parse("{\"k\":1,\"k\":2}"))
                .hasMessage("duplicate member \"k\" at offset 7");
    }

    @Test
    void boundsNestingDepthInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        String tooDeep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(JsonParser.parse(deep)).isInstanceOf(JsonArray.class);
        assertThatThrownBy(() -> JsonParser.parse(tooDeep))
                .isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("nesting deeper than " + JsonParser.MAX_DEPTH);
    }

    @Test
    void boundsInputLength() {
        String huge = "\"" + "x".repeat(JsonParser.MAX_CHARS) + "\"";

        assertThatThrownBy(() -> JsonParser.parse(huge))
                .isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("longer than " + JsonParser.MAX_CHARS);
    }

    @Test
    void namesTheExpectedAndActualKindOnAShapeMismatch() {
        JsonValue value = JsonParser.parse("{\"a\": \"x\"}");

        assertThatThrownBy(() -> value.asObject().member("a").asNumber())
                .isInstanceOf(JsonValue.JsonShapeException.class)
                .hasMessage("expected a number, found a string");
        assertThatThrownBy(() -> value.asObject().member("b")).hasMessage("missing member \"b\"");
    }

    @Test
    void acceptsEmptyContainersAndSurroundingWhitespace() {
        assertThat(JsonParser.parse(" \t\r\n{ } ")).isEqualTo(new JsonObject(Map.of()));
        assertThat(JsonParser.parse("[ ]")).isEqualTo(new JsonArray(List.of()));
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("", new JsonString(""));
        assertThat(JsonParser.parse("{\"\":\"\"}")).isEqualTo(new JsonObject(members));
    }
}
