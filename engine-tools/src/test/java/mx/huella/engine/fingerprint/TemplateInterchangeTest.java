package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.huella.tools.synthetic.SyntheticTemplateFinger;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.Test;

class TemplateInterchangeTest {
    private static final Path ISO = Path.of("..", "..", "shared", "data", "fingerprints", "fvc2002-iso", "DB1_B");

    @Test
    void importsAnotherVendorsIsoTemplatesAndTellsSameFingersFromDifferentOnes() throws IOException {
        assumeIsoSamples();
        byte[] record = Files.readAllBytes(ISO.resolve("101_1.iso"));

        assertThat(TemplateInterchange.identify(record)).contains(InterchangeFormat.ISO_19794_2_2005);
        EncodedTemplate first = isoSample("101_1");
        EncodedTemplate second = isoSample("101_2");
        EncodedTemplate other = isoSample("102_1");

        assertThat(FingerprintTemplates.score(first, second)).isGreaterThan(FingerprintTemplates.score(first, other));
        assertThat(TemplateInterchange.minutiaeCount(first)).isPositive();
    }

    @Test
    void exportsAndReimportsInEveryStandardFormat() {
        EncodedTemplate template = TemplateInterchange.importRecord(new SyntheticTemplates(5).impression(9, 0))
                .get(0)
                .template();

        for (InterchangeFormat format : InterchangeFormat.values()) {
            byte[] exported = TemplateInterchange.export(format, List.of(template));
            assertThat(TemplateInterchange.identify(exported)).as(format.name()).contains(format);
            EncodedTemplate again =
                    TemplateInterchange.importRecord(exported).get(0).template();
            assertThat(TemplateInterchange.minutiaeCount(again)).isEqualTo(TemplateInterchange.minutiaeCount(template));
        }
    }

    @Test
    void storedTemplatesSurviveASerializationRoundTrip() {
        EncodedTemplate template = TemplateInterchange.importRecord(new SyntheticTemplates(5).impression(10, 0))
                .get(0)
                .template();

        EncodedTemplate read = EncodedTemplate.parse(template.toByteArray());

        assertThat(FingerprintTemplates.score(template, read)).isGreaterThan(100);
        assertThat(read.size()).isEqualTo(template.size());
    }

    @Test
    void keepsTheFingerPositionOfEveryView() {
        SyntheticTemplateFinger finger = new SyntheticTemplates(3).finger(42);
        byte[] record = finger.impression(0, FingerPosition.LEFT_INDEX);

        List<ImportedFinger> fingers = TemplateInterchange.importRecord(record);

        assertThat(fingers).singleElement().satisfies(f -> {
            assertThat(f.position()).isEqualTo(FingerPosition.LEFT_INDEX);
            assertThat(TemplateInterchange.minutiaeCount(f.template())).isPositive();
        });
        EncodedTemplate mate =
                TemplateInterchange.importRecord(finger.impression(1)).get(0).template();
        assertThat(FingerprintTemplates.score(fingers.get(0).template(), mate))
                .isGreaterThan(MatchThresholds.singleFinger(FalseMatchRate.ONE_IN_THOUSAND));
    }

    @Test
    void refusesRecordsThatAreNotStandardTemplates() {
        assertThatThrownBy(() -> TemplateInterchange.importRecord(new byte[0]))
                .isInstanceOf(TemplateFormatException.class);
        assertThatThrownBy(() -> TemplateInterchange.importRecord("FMR\0 20\0garbage".getBytes()))
                .isInstanceOf(TemplateFormatException.class);
        assertThatThrownBy(() -> TemplateInterchange.importRecord(new byte[TemplateInterchange.MAX_RECORD_BYTES + 1]))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("bytes");
    }

    private static void assumeIsoSamples() {
        assumeTrue(Files.isDirectory(ISO), "skipped: " + ISO + " is not present (../shared/data is optional)");
    }

    private static EncodedTemplate isoSample(String name) throws IOException {
        return TemplateInterchange.importRecord(Files.readAllBytes(ISO.resolve(name + ".iso")))
                .get(0)
                .template();
    }
}
