package mx.huella.engine.fingerprint.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Test-only WSQ encoder, written so that the decoder has fixtures without borrowing sample files. Not for
 * production: it quantises every subband with one bin width instead of the standard's bit-rate allocation, and codes
 * all subbands in one block with one Huffman table. The output is nevertheless valid WSQ syntax.
 *
 * <p>Design note, after FBI IAFIS-IC-0110 v3. The image is normalised to (pixel - M) / R with R putting it within
 * plus or minus 128, split into 64 subbands (60 coded) by {@link WsqSubbandTree}, quantised with bin width Q and zero
 * bin 1.2Q, and coded as the standard's symbols: zero runs (1-100, or escapes 105/106 with 8 or 16 bits), small values
 * (107-254 for -73..74) and escapes 101-104 for larger magnitudes. Tables precede the frame header: DTT with the
 * positive halves of the analysis filters, DQT, DHT, then SOF, one SOB block and EOI. JNBIS decodes the result to
 * within a grey level or two of the source for images over about 81 pixels a side.
 */
final class WsqTestEncoder {
    private static final double BIN_CENTER = 0.44;
    private static final int CODED_SUBBANDS = 60;
    private static final int MAX_SUBBANDS = 64;

    private WsqTestEncoder() {}

    /** Encodes 8-bit grey pixels with bin width {@code q} (in units of R); a NISTCOM comment carries {@code ppi}. */
    static byte[] encode(byte[] pixels, int width, int height, double q, OptionalInt ppi) {
        double[] shiftAndScale = normalisation(pixels);
        float[] coefficients = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            coefficients[i] = (float) (((pixels[i] & 0xff) - shiftAndScale[0]) / shiftAndScale[1]);
        }
        WsqSubbandTree.Region image = new WsqSubbandTree.Region(0, 0, width, height, false, false);
        for (WsqSubbandTree.Region node : WsqSubbandTree.decomposedNodes(image)) {
            node.decompose(coefficients, width);
        }
        List<Integer> symbols = new ArrayList<>();
        List<Integer> extraBits = new ArrayList<>();
        encodeSymbols(quantise(coefficients, width, WsqSubbandTree.subbands(image), q), symbols, extraBits);
        var out = new Segments();
        out.marker(0xffa0);
        ppi.ifPresent(value -> out.comment("NIST_COM 7\nPIX_WIDTH " + width + "\nPIX_HEIGHT " + height
                + "\nPIX_DEPTH 8\nPPI " + value + "\nLOSSY 1\nCOLORSPACE GRAY\n"));
        out.transformTable(WsqSubbandTree.LOWPASS, WsqSubbandTree.HIGHPASS);
        out.quantisationTable(q);
        int[] lengths = WsqHuffmanLengths.of(symbols);
        out.huffmanTable(lengths);
        out.frameHeader(width, height, shiftAndScale[0], shiftAndScale[1]);
        out.block(symbols, extraBits, lengths);
        out.marker(0xffa1);
        return out.toByteArray();
    }

    /** M and R as the decoder will read them back from their scaled 16-bit form. */
    private static double[] normalisation(byte[] pixels) {
        double sum = 0;
        int min = 255;
        int max = 0;
        for (byte p : pixels) {
            sum += p & 0xff;
            min = Math.min(min, p & 0xff);
            max = Math.max(max, p & 0xff);
        }
        double mean = sum / pixels.length;
        double scale = Math.max(max - mean, mean - min) / 128;
        return new double[] {
            ScaledShort.of(mean).value(), ScaledShort.of(scale == 0 ? 1 : scale).value()
        };
    }

    private static List<Integer> quantise(
            float[] coefficients, int width, List<WsqSubbandTree.Region> bands, double q) {
        double halfZero = 0.6 * q;
        List<Integer> values = new ArrayList<>();
        for (WsqSubbandTree.Region band : bands) {
            for (int y = band.y(); y < band.y() + band.h(); y++) {
                for (int x = band.x(); x < band.x() + band.w(); x++) {
                    double c = coefficients[y * width + x];
                    int magnitude = Math.abs(c) <= halfZero ? 0 : (int) Math.floor((Math.abs(c) - halfZero) / q) + 1;
                    values.add(c < 0 ? -magnitude : magnitude);
                }
            }
        }
        return values;
    }

    private static void encodeSymbols(List<Integer> values, List<Integer> symbols, List<Integer> extraBits) {
        int run = 0;
        for (int i = 0; i <= values.size(); i++) {
            int value = i < values.size() ? values.get(i) : 1;
            if (value == 0) {
                run++;
                continue;
            }
            while (run > 0) {
                int chunk = Math.min(run, 65535);
                if (chunk <= 100) {
                    symbols.add(chunk);
                    extraBits.add(0);
                } else {
                    symbols.add(chunk <= 255 ? 105 : 106);
                    extraBits.add(chunk);
                }
                run -= chunk;
            }
            if (i == values.size()) {
                break;
            }
            int magnitude = Math.min(Math.abs(value), 65535);
            if (value >= -73 && value <= 74) {
                symbols.add(value + 180);
                extraBits.add(0);
            } else {
                symbols.add((magnitude <= 255 ? 101 : 103) + (value < 0 ? 1 : 0));
                extraBits.add(magnitude);
            }
        }
    }

    /** Extra bits that follow a symbol: 8 for 101, 102, 105; 16 for 103, 104, 106; none otherwise. */
    static int extraBitCount(int symbol) {
        return switch (symbol) {
            case 101, 102, 105 -> 8;
            case 103, 104, 106 -> 16;
            default -> 0;
        };
    }

    /** A non-negative number as WSQ stores it: a decimal exponent byte and a 16-bit mantissa. */
    record ScaledShort(int scale, int mantissa) {
        static ScaledShort of(double value) {
            int scale = 0;
            while (scale < 9 && Math.round(value * Math.pow(10, scale + 1)) <= 65535) {
                scale++;
            }
            return new ScaledShort(scale, (int) Math.round(value * Math.pow(10, scale)));
        }

        double value() {
            return mantissa / Math.pow(10, scale);
        }
    }

    /** The byte stream: markers, tables, the frame header and one entropy-coded block. */
    private static final class Segments {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void marker(int marker) {
            u16(marker);
        }

        void comment(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            u16(0xffa8);
            u16(bytes.length + 2);
            out.writeBytes(bytes);
        }

        void transformTable(double[] lowpass, double[] highpass) {
            u16(0xffa4);
            u16(58);
            out.write(lowpass.length);
            out.write(highpass.length);
            for (int i = lowpass.length / 2; i < lowpass.length; i++) {
                filterCoefficient(lowpass[i]);
            }
            for (int i = highpass.length / 2; i < highpass.length; i++) {
                filterCoefficient(highpass[i]);
            }
        }

        private void filterCoefficient(double value) {
            int scale = 0;
            double magnitude = Math.abs(value);
            while (scale < 30 && Math.round(magnitude * Math.pow(10, scale + 1)) < 0xffffffffL) {
                scale++;
            }
            out.write(value < 0 ? 1 : 0);
            out.write(scale);
            u32(Math.round(magnitude * Math.pow(10, scale)));
        }

        void quantisationTable(double q) {
            u16(0xffa5);
            u16(389);
            scaled(ScaledShort.of(BIN_CENTER));
            for (int band = 0; band < MAX_SUBBANDS; band++) {
                scaled(ScaledShort.of(band < CODED_SUBBANDS ? q : 0));
                scaled(ScaledShort.of(band < CODED_SUBBANDS ? 1.2 * q : 0));
            }
        }

        void huffmanTable(int[] lengths) {
            List<Integer> values = canonicalOrder(lengths);
            u16(0xffa6);
            u16(3 + 16 + values.size());
            out.write(0);
            for (int length = 1; length <= 16; length++) {
                final int l = length;
                out.write((int) values.stream().filter(s -> lengths[s] == l).count());
            }
            values.forEach(out::write);
        }

        void frameHeader(int width, int height, double shift, double scale) {
            u16(0xffa2);
            u16(17);
            out.write(0);
            out.write(255);
            u16(height);
            u16(width);
            scaled(ScaledShort.of(shift));
            scaled(ScaledShort.of(scale));
            out.write(2);
            u16(0);
        }

        void block(List<Integer> symbols, List<Integer> extraBits, int[] lengths) {
            u16(0xffa3);
            u16(3);
            out.write(0);
            int[] codes = canonicalCodes(lengths);
            var bits = new BitWriter(out);
            for (int i = 0; i < symbols.size(); i++) {
                int symbol = symbols.get(i);
                bits.write(codes[symbol], lengths[symbol]);
                int extra = extraBitCount(symbol);
                if (extra > 0) {
                    bits.write(extraBits.get(i), extra);
                }
            }
            bits.flush();
        }

        private static List<Integer> canonicalOrder(int[] lengths) {
            List<Integer> values = new ArrayList<>();
            for (int length = 1; length <= 16; length++) {
                for (int s = 1; s < lengths.length; s++) {
                    if (lengths[s] == length) {
                        values.add(s);
                    }
                }
            }
            return values;
        }

        private static int[] canonicalCodes(int[] lengths) {
            int[] codes = new int[lengths.length];
            int code = 0;
            int length = 1;
            for (int s : canonicalOrder(lengths)) {
                code <<= lengths[s] - length;
                length = lengths[s];
                codes[s] = code++;
            }
            return codes;
        }

        private void scaled(ScaledShort value) {
            out.write(value.scale());
            u16(value.mantissa());
        }

        private void u16(int value) {
            out.write(value >> 8 & 0xff);
            out.write(value & 0xff);
        }

        private void u32(long value) {
            u16((int) (value >> 16 & 0xffff));
            u16((int) (value & 0xffff));
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Most significant bit first, a zero stuffed after every 0xFF, the last byte padded with ones. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private int buffer;
        private int count;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int bits) {
            for (int i = bits - 1; i >= 0; i--) {
                buffer = buffer << 1 | value >> i & 1;
                if (++count == 8) {
                    emit();
                }
            }
        }

        void flush() {
            while (count != 0) {
                write(1, 1);
            }
        }

        private void emit() {
            out.write(buffer);
            if (buffer == 0xff) {
                out.write(0);
            }
            buffer = 0;
            count = 0;
        }
    }
}
