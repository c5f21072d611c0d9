package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.huella.engine.fingerprint.FalseMatchRate;
import mx.huella.engine.fingerprint.ImpostorScoreModel;
import mx.huella.engine.fingerprint.MatchThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationCommandTest {

    @Test
    void theShippedThresholdsAreWhatTheCalibrationMeasures() {
        String db1 = SharedData.fvc("DB1_B") + ":500";
        String db2 = SharedData.fvc("DB2_B") + ":569";
        var out = new ByteArrayOutputStream();

        int status = CalibrationCommand.run(
                new String[] {db1, db2, "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(number(json, "\"fmr1e3\":\\{\"threshold\":"))
                .isCloseTo(MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_THOUSAND), within(0.5));
        assertThat(number(json, "\"fmr1e4\":\\{\"threshold\":"))
                .isCloseTo(MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_TEN_THOUSAND), within(0.5));
        assertThat(number(json, "\"fmr1e5\":\\{\"threshold\":"))
                .isCloseTo(MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_HUNDRED_THOUSAND), within(0.5));
        assertThat(number(json, "\"2fingers\":\\{\"fmr1e3\":"))
                .isCloseTo(MatchThresholds.sumOf(2, FalseMatchRate.ONE_IN_THOUSAND), within(0.5));
        assertThat(number(json, "\"2fingers\":\\{\"fmr1e3\":[^,]+,\"fmr1e4\":"))
                .isCloseTo(MatchThresholds.sumOf(2, FalseMatchRate.ONE_IN_TEN_THOUSAND), within(0.5));
    }

    @Test
    void theShippedImpostorModelIsWhatTheCalibrationMeasures(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("impostor-scores.txt");

        int status = CalibrationCommand.run(
                new String[] {
                    SharedData.fvc("DB1_B") + ":500", SharedData.fvc("DB2_B") + ":569", "--model", model.toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(Files.readString(model))
                .isEqualTo(ImpostorScoreModel.fingerprints().toText());
    }

    private static double number(String json, String prefix) {
        Matcher matcher = Pattern.compile(prefix + "([0-9.]+)").matcher(json);
        assertThat(matcher.find()).as("%s in %s", prefix, json).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
