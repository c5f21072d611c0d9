package mx.huella.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the template decoders that read outside or stored bytes: foreign ISO/ANSI records
 * and Huella's stored form. Whatever the bytes, the result is templates or a
 * {@link TemplateFormatException}; anything else is a finding. Under {@code mvn test} they replay the
 * seed corpus in src/test/resources (see docs/fuzzing.md for a campaign).
 */
@Timeout(10)
class TemplateInterchangeFuzzTest {

    @FuzzTest
    void foreignRecordsImportOrFailWithAReason(byte[] data) {
        try {
            List<ImportedFinger> fingers = TemplateInterchange.importRecord(data);
            fingers.forEach(f -> TemplateInterchange.minutiaeCount(f.template()));
        } catch (TemplateFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest
    void storedTemplatesParseOrFailWithAReason(byte[] data) {
        try {
            EncodedTemplate.parse(data);
        } catch (TemplateFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** Seeds are only useful if they reach the success paths, so each foreign-record seed must import. */
    @Test
    void everyForeignRecordSeedImports() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass()
                .getResource(getClass().getSimpleName() + "Inputs/foreignRecordsImportOrFailWithAReason")
                .toURI());
        List<Path> seeds;
        try (var files = Files.list(corpus)) {
            seeds = files.toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(InterchangeFormat.values().length);
        for (Path seed : seeds) {
            assertThat(TemplateInterchange.importRecord(Files.readAllBytes(seed)))
                    .as(seed.getFileName().toString())
                    .isNotEmpty();
        }
    }
}
