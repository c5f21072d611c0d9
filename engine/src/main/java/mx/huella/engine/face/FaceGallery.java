package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Exhaustive 1:N search over face descriptors: squared euclidean distance to every enrolled
 * descriptor, the {@code k} nearest returned with their exact distances.
 *
 * <p>Design note: 128 values per face make exhaustive search cheap enough that no index is needed up
 * to millions of faces. The scan is memory-bound, so it reads an int8 copy of every descriptor (128
 * bytes a face; 1 M faces are 128 MB instead of 512 MB of floats) with the probe kept in float, and
 * then re-ranks a short list of the nearest by the exact float distance. Quantisation moves a
 * distance by at most {@code sqrt(128) * STEP / 2}, about 0.027, far less than the gap between
 * the short list's end and the k nearest in practice; the returned distances are exact. The scan
 * uses the Vector API and is split over the cores; without the module
 * ({@code --add-modules jdk.incubator.vector}) a plain loop does the same.
 *
 * <p>Not thread-safe for writes: fill it, then search from any number of threads.
 */
public final class FaceGallery {
    private static final boolean VECTOR =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final int D = FaceDescriptor.LENGTH;

    /** Quantisation step: int8 codes cover [-127 STEP, 127 STEP], wider than descriptor values (|v| < 0.5). */
    static final float STEP = 0.6f / 127;

    private float[] descriptors;
    private byte[] codes;
    private String[] references;
    private int size;

    public FaceGallery(int expectedFaces) {
        this.descriptors = new float[Math.max(1, expectedFaces) * D];
        this.codes = new byte[Math.max(1, expectedFaces) * D];
        this.references = new String[Math.max(1, expectedFaces)];
    }

    /** One enrolled face found by a search: its reference and its euclidean distance to the probe. */
    public record Match(String reference, double distance) {}

    public void add(String reference, FaceDescriptor descriptor) {
        if (size == references.length) {
            references = Arrays.copyOf(references, size * 2);
            descriptors = Arrays.copyOf(descriptors, size * 2 * D);
            codes = Arrays.copyOf(codes, size * 2 * D);
        }
        float[] values = descriptor.values();
        System.arraycopy(values, 0, descriptors, size * D, D);
        for (int i = 0; i < D; i++) {
            codes[size * D + i] = (byte) Math.max(-127, Math.min(127, Math.round(values[i] / STEP)));
        }
        references[size++] = reference;
    }

    public int size() {
        return size;
    }

    /** The {@code k} enrolled faces nearest to the probe, nearest first, with exact distances. */
    public List<Match> nearest(FaceDescriptor probe, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        float[] query = probe.values();
        float[] scaled = new float[D];
        for (int i = 0; i < D; i++) {
            scaled[i] = query[i] / STEP;
        }
        int shortList = Math.min(size, 4 * k + 64);
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), size / 4096));
        List<int[]> partial = IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> approximateNearest(scaled, shortList, (int) ((long) size * part / parts), (int)
                        ((long) size * (part + 1) / parts)))
                .toList();
        List<Match> exact = new ArrayList<>();
        for (int[] faces : partial) {
            for (int face : faces) {
                exact.add(new Match(references[face], Math.sqrt(squared(face * D, query))));
            }
        }
        exact.sort(Comparator.comparingDouble(Match::distance));
        return List.copyOf(exact.subList(0, Math.min(k, exact.size())));
    }

    /** The faces with the smallest quantised distance in [from, to), at most {@code limit}. */
    private int[] approximateNearest(float[] scaled, int limit, int from, int to) {
        if (limit == 0) {
            return new int[0];
        }
        int[] best = new int[limit];
        float[] bestDistance = new float[limit];
        Arrays.fill(bestDistance, Float.MAX_VALUE);
        int found = 0;
        for (int face = from; face < to; face++) {
            float distance = VECTOR ? VectorDistance.squared(codes, face * D, scaled) : squaredCodes(face * D, scaled);
            if (distance < bestDistance[limit - 1]) {
                int at = limit - 1;
                while (at > 0 && bestDistance[at - 1] > distance) {
                    bestDistance[at] = bestDistance[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestDistance[at] = distance;
                best[at] = face;
                found = Math.min(limit, found + 1);
            }
        }
        return Arrays.copyOf(best, found);
    }

    private float squaredCodes(int offset, float[] scaled) {
        float sum = 0;
        for (int i = 0; i < D; i++) {
            float d = codes[offset + i] - scaled[i];
            sum += d * d;
        }
        return sum;
    }

    private float squared(int offset, float[] query) {
        float sum = 0;
        for (int i = 0; i < D; i++) {
            float d = descriptors[offset + i] - query[i];
            sum += d * d;
        }
        return sum;
    }

    /** Kept in its own class so that the Vector API classes load only when the module is present. */
    private static final class VectorDistance {
        private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
        private static final VectorSpecies<Byte> BYTES =
                VectorSpecies.of(byte.class, VectorShape.forBitSize(FLOATS.length() * Byte.SIZE));

        /** Squared distance between int8 codes (widened to float lane by lane) and a scaled float probe. */
        static float squared(byte[] codes, int offset, float[] scaled) {
            FloatVector sum = FloatVector.zero(FLOATS);
            int i = 0;
            for (; i <= D - FLOATS.length(); i += FLOATS.length()) {
                FloatVector code = (FloatVector)
                        ByteVector.fromArray(BYTES, codes, offset + i).convertShape(VectorOperators.B2F, FLOATS, 0);
                FloatVector d = code.sub(FloatVector.fromArray(FLOATS, scaled, i));
                sum = d.fma(d, sum);
            }
            float total = sum.reduceLanes(VectorOperators.ADD);
            for (; i < D; i++) {
                float d = codes[offset + i] - scaled[i];
                total += d * d;
            }
            return total;
        }
    }
}
