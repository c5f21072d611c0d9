package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.nio.ByteBuffer;
import java.util.Arrays;
import mx.huella.engine.fingerprint.FingerPosition;
import org.junit.jupiter.api.Test;

class IsoMinutiaRecordTest {
    private static final Minutia ENDING_POINTING_UP = new Minutia(100, 200, -Math.PI / 2, false, 80);
    private static final Minutia BIFURCATION_POINTING_LEFT = new Minutia(10.4, 20.6, Math.PI, true, 55);

    @Test
    void writesTheRecordAndFingerViewHeadersAsTheStandardLaysThemOut() {
        byte[] record = IsoMinutiaRecord.encode(
                320, 416, FingerPosition.LEFT_INDEX, new Minutia[] {ENDING_POINTING_UP, BIFURCATION_POINTING_LEFT});
        ByteBuffer in = ByteBuffer.wrap(record);

        assertThat(Arrays.copyOf(record, 8)).isEqualTo(new byte[] {'F', 'M', 'R', 0, ' ', '2', '0', 0});
        assertThat(in.getInt(8))
                .as("record length")
                .isEqualTo(24 + 4 + 2 * 6 + 2)
                .isEqualTo(record.length);
        assertThat(in.getShort(12)).as("capture equipment").isZero();
        assertThat(in.getShort(14)).as("width").isEqualTo((short) 320);
        assertThat(in.getShort(16)).as("height").isEqualTo((short) 416);
        assertThat(in.getShort(18)).as("pixels per cm across").isEqualTo((short) 197);
        assertThat(in.getShort(20)).as("pixels per cm down").isEqualTo((short) 197);
        assertThat(record[22]).as("finger views").isEqualTo((byte) 1);
        assertThat(record[23]).as("reserved").isZero();
        assertThat(record[24]).as("finger position").isEqualTo((byte) 7);
        assertThat(record[25]).as("view number and impression type").isZero();
        assertThat(record[26]).as("finger quality").isEqualTo((byte) 67);
        assertThat(record[27]).as("minutiae").isEqualTo((byte) 2);
        assertThat(in.getShort(record.length - 2)).as("extended data length").isZero();
    }

    @Test
    void writesTypePositionCounterClockwiseAngleAndQualityOfEachMinutia() {
        byte[] record = IsoMinutiaRecord.encode(
                320, 416, FingerPosition.UNKNOWN, new Minutia[] {ENDING_POINTING_UP, BIFURCATION_POINTING_LEFT});
        ByteBuffer in = ByteBuffer.wrap(record);

        assertThat(in.getShort(28) & 0xffff).as("ending type and x").isEqualTo(0x4000 | 100);
        assertThat(in.getShort(30)).as("y").isEqualTo((short) 200);
        assertThat(record[32] & 0xff).as("up is 90 degrees counter-clockwise").isEqualTo(64);
        assertThat(record[33]).as("quality").isEqualTo((byte) 80);
        assertThat(in.getShort(34) & 0xffff).as("bifurcation type and x").isEqualTo(0x8000 | 10);
        assertThat(in.getShort(36)).as("y rounded").isEqualTo((short) 21);
        assertThat(record[38] & 0xff).as("left is 180 degrees").isEqualTo(128);
    }

    @Test
    void survivesImportIntoSourceAfisAndExportBack() {
        byte[] record = IsoMinutiaRecord.encode(
                320, 416, FingerPosition.UNKNOWN, new Minutia[] {ENDING_POINTING_UP, BIFURCATION_POINTING_LEFT});

        FingerprintTemplate imported = FingerprintCompatibility.importTemplate(record);
        byte[] exported = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, imported);

        assertThat(exported[27]).as("minutiae").isEqualTo((byte) 2);
        assertThat(minutiaBytesWithoutQuality(exported))
                .containsExactlyInAnyOrderElementsOf(minutiaBytesWithoutQuality(record));
    }

    private static java.util.List<String> minutiaBytesWithoutQuality(byte[] record) {
        java.util.List<String> minutiae = new java.util.ArrayList<>();
        for (int i = 0; i < (record[27] & 0xff); i++) {
            minutiae.add(Arrays.toString(Arrays.copyOfRange(record, 28 + 6 * i, 28 + 6 * i + 5)));
        }
        return minutiae;
    }
}
