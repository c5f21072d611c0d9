package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateInterchangeTest {
    private static final Path ISO = Path.of("..", "..", "shared", "data", "fingerprints", "fvc2002-iso", "DB1_B");

    @Test
    void importsAnotherVendorsIsoTemplatesAndTellsSameFingersFromDifferentOnes() throws IOException {
        assumeTrue(Files.isDirectory(ISO), "skipped: " + ISO + " is not present (../shared/data is optional)");
        byte[] record = Files.readAllBytes(ISO.resolve("101_1.iso"));

        assertThat(TemplateInterchange.identify(record)).contains(InterchangeFormat.ISO_19794_2_2005);
        EncodedTemplate first = TemplateInterchange.importRecord(record).get(0);
        EncodedTemplate second = TemplateInterchange.importRecord(Files.readAllBytes(ISO.resolve("101_2.iso")))
                .get(0);
        EncodedTemplate other = TemplateInterchange.importRecord(Files.readAllBytes(ISO.resolve("102_1.iso")))
                .get(0);

        assertThat(FingerprintTemplates.score(first, second)).isGreaterThan(FingerprintTemplates.score(first, other));
        assertThat(TemplateInterchange.minutiaeCount(first)).isPositive();
    }

    @Test
    void exportsAndReimportsInEveryStandardFormat() throws IOException {
        assumeTrue(Files.isDirectory(ISO), "skipped: " + ISO + " is not present (../shared/data is optional)");
        EncodedTemplate template = TemplateInterchange.importRecord(Files.readAllBytes(ISO.resolve("103_1.iso")))
                .get(0);

        for (InterchangeFormat format : InterchangeFormat.values()) {
            byte[] exported = TemplateInterchange.export(format, List.of(template));
            assertThat(TemplateInterchange.identify(exported)).as(format.name()).contains(format);
            EncodedTemplate again = TemplateInterchange.importRecord(exported).get(0);
            assertThat(TemplateInterchange.minutiaeCount(again)).isEqualTo(TemplateInterchange.minutiaeCount(template));
        }
    }

    @Test
    void storedTemplatesSurviveASerializationRoundTrip() throws IOException {
        assumeTrue(Files.isDirectory(ISO), "skipped: " + ISO + " is not present (../shared/data is optional)");
        EncodedTemplate template = TemplateInterchange.importRecord(Files.readAllBytes(ISO.resolve("104_1.iso")))
                .get(0);

        EncodedTemplate read = EncodedTemplate.parse(template.toByteArray());

        assertThat(FingerprintTemplates.score(template, read)).isGreaterThan(100);
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
}
