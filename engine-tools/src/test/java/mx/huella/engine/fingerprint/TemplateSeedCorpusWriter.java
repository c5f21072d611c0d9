package mx.huella.engine.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mx.huella.tools.synthetic.SyntheticTemplates;

/**
 * Writes the seed corpus of the engine's {@code TemplateInterchangeFuzzTest} from synthetic templates: one
 * record per standard format and one stored template. Lives beside the synthetic generator, in the engine
 * tools; run from the engine-tools directory after a change of the generator (see docs/fuzzing.md).
 */
final class TemplateSeedCorpusWriter {
    private static final Path CORPUS =
            Path.of("../engine/src/test/resources/mx/huella/engine/fingerprint/TemplateInterchangeFuzzTestInputs");

    private TemplateSeedCorpusWriter() {}

    public static void main(String[] args) throws IOException {
        Path foreign = Files.createDirectories(CORPUS.resolve("foreignRecordsImportOrFailWithAReason"));
        Path stored = Files.createDirectories(CORPUS.resolve("storedTemplatesParseOrFailWithAReason"));
        SyntheticTemplates synthetic = new SyntheticTemplates(2026);
        EncodedTemplate template = TemplateInterchange.importRecord(synthetic.impression(1, 0))
                .get(0)
                .template();
        for (InterchangeFormat format : InterchangeFormat.values()) {
            Files.write(
                    foreign.resolve(format.name().toLowerCase(Locale.ROOT) + ".bin"),
                    TemplateInterchange.export(format, List.of(template)));
        }
        Files.write(stored.resolve("stored-v1.bin"), template.toByteArray());
    }
}
