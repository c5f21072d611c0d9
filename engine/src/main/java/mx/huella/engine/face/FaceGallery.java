package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Exhaustive 1:N search over face descriptors: squared euclidean distance to every enrolled
 * descriptor, the {@code k} nearest returned.
 *
 * <p>Design note: 128 floats per face make exhaustive search cheap enough that no index is needed up
 * to millions of faces (1 M descriptors are 512 MB and 128 M multiply-adds per query). Descriptors
 * are stored back to back in one float array so the scan streams memory; the distance loop uses the
 * Vector API and the gallery is split over the cores. When the Vector API module is absent
 * (no {@code --add-modules jdk.incubator.vector}) a plain loop is used.
 *
 * <p>Not thread-safe for writes: fill it, then search from any number of threads.
 */
public final class FaceGallery {
    private static final boolean VECTOR =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final int D = FaceDescriptor.LENGTH;

    private float[] descriptors;
    private String[] references;
    private int size;

    public FaceGallery(int expectedFaces) {
        this.descriptors = new float[Math.max(1, expectedFaces) * D];
        this.references = new String[Math.max(1, expectedFaces)];
    }

    /** One enrolled face found by a search: its reference and its euclidean distance to the probe. */
    public record Match(String reference, double distance) {}

    public void add(String reference, FaceDescriptor descriptor) {
        if (size == references.length) {
            references = Arrays.copyOf(references, size * 2);
            descriptors = Arrays.copyOf(descriptors, size * 2 * D);
        }
        System.arraycopy(descriptor.values(), 0, descriptors, size * D, D);
        references[size++] = reference;
    }

    public int size() {
        return size;
    }

    /** The {@code k} enrolled faces nearest to the probe, nearest first. */
    public List<Match> nearest(FaceDescriptor probe, int k) {
        float[] query = probe.values();
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), size / 4096));
        List<List<Match>> partial = IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> nearestIn(
                        query, k, (int) ((long) size * part / parts), (int) ((long) size * (part + 1) / parts)))
                .toList();
        List<Match> merged = new ArrayList<>();
        partial.forEach(merged::addAll);
        merged.sort(Comparator.comparingDouble(Match::distance));
        return List.copyOf(merged.subList(0, Math.min(k, merged.size())));
    }

    private List<Match> nearestIn(float[] query, int k, int from, int to) {
        int[] best = new int[k];
        float[] bestDistance = new float[k];
        Arrays.fill(bestDistance, Float.MAX_VALUE);
        for (int face = from; face < to; face++) {
            float distance = VECTOR ? VectorDistance.squared(descriptors, face * D, query) : squared(face * D, query);
            if (distance < bestDistance[k - 1]) {
                int at = k - 1;
                while (at > 0 && bestDistance[at - 1] > distance) {
                    bestDistance[at] = bestDistance[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestDistance[at] = distance;
                best[at] = face;
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < k && bestDistance[i] != Float.MAX_VALUE; i++) {
            matches.add(new Match(references[best[i]], Math.sqrt(bestDistance[i])));
        }
        return matches;
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
        private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

        static float squared(float[] descriptors, int offset, float[] query) {
            FloatVector sum = FloatVector.zero(SPECIES);
            int i = 0;
            for (; i <= D - SPECIES.length(); i += SPECIES.length()) {
                FloatVector d = FloatVector.fromArray(SPECIES, descriptors, offset + i)
                        .sub(FloatVector.fromArray(SPECIES, query, i));
                sum = d.fma(d, sum);
            }
            float total = sum.reduceLanes(VectorOperators.ADD);
            for (; i < D; i++) {
                float d = descriptors[offset + i] - query[i];
                total += d * d;
            }
            return total;
        }
    }
}
