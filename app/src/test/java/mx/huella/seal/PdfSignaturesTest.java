package mx.huella.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

class PdfSignaturesTest {
    @TempDir
    static Path keys;

    private static PdfSignatures signatures;
    private static PdfSignatures stranger;

    @BeforeAll
    static void platformKeys() {
        signatures = new PdfSignatures(SealKeyStore.load(keys.resolve("seal.p12"), "", Clock.systemUTC()));
        stranger = new PdfSignatures(SealKeyStore.load(keys.resolve("other.p12"), "", Clock.systemUTC()));
    }

    @Test
    void aSignedPdfVerifiesAndAnyAlteredByteOrAnotherKeyFails() {
        byte[] signed = signatures.sign(pdf("Constancia de prueba"), "Constancia de Vigencia de Derechos");

        byte[] altered = signed.clone();
        altered[200] ^= 0x01;
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);

        assertThat(new String(signed, 0, 5)).isEqualTo("%PDF-");
        assertThat(signatures.verifies(signed)).isTrue();
        assertThat(signatures.verifies(altered)).isFalse();
        assertThat(signatures.verifies(appended)).isFalse();
        assertThat(stranger.verifies(signed)).isFalse();
        assertThat(signatures.verifies(pdf("Sin firma"))).isFalse();
        assertThat(signatures.verifies("no es un pdf".getBytes())).isFalse();
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
