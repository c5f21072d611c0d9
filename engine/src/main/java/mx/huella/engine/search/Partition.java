package mx.huella.engine.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerprintTemplates;

/** The fingers of one finger position: their index, serialized templates and references. */
final class Partition {
    record Scored(String reference, double score) {}

    private final TripletIndex index;
    private byte[][] templates = new byte[1024][];
    private String[] references = new String[1024];

    Partition(int bucketBits) {
        this.index = new TripletIndex(bucketBits);
    }

    int add(String reference, int[] keys, byte[] template) {
        int finger = index.add(keys);
        if (finger == templates.length) {
            templates = Arrays.copyOf(templates, finger * 2);
            references = Arrays.copyOf(references, finger * 2);
        }
        templates[finger] = template;
        references[finger] = reference;
        return finger;
    }

    void remove(int finger) {
        index.remove(finger);
        templates[finger] = null;
        references[finger] = null;
    }

    void compact() {
        index.compact();
    }

    /**
     * The short list from the index, scored exactly; removed fingers never appear. The list is split
     * over the cores, each part with its own prepared probe, since a prepared probe is not thread-safe.
     */
    List<Scored> search(int[] probeKeys, int shortList, EncodedTemplate probe) {
        int[] ranked = index.rank(probeKeys, shortList, new int[index.fingers()]);
        double[] exact = new double[ranked.length];
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ranked.length / 32));
        IntStream.range(0, parts).parallel().forEach(part -> {
            var matcher = FingerprintTemplates.probe(probe);
            for (int i = part; i < ranked.length; i += parts) {
                exact[i] = matcher.score(EncodedTemplate.parse(templates[ranked[i]]));
            }
        });
        List<Scored> scored = new ArrayList<>(ranked.length);
        for (int i = 0; i < ranked.length; i++) {
            scored.add(new Scored(references[ranked[i]], exact[i]));
        }
        return scored;
    }

    /** The exact score of one enrolled finger against a prepared probe. */
    double score(int finger, FingerprintTemplates.Probe matcher) {
        return matcher.score(EncodedTemplate.parse(templates[finger]));
    }

    /** Live fingers: enrolled and not removed. */
    int size() {
        return index.size();
    }

    long indexBytes() {
        return index.bytes() + 16L + 4L * references.length;
    }

    long templateBytes() {
        long total = 16L + 8L * templates.length;
        for (byte[] template : templates) {
            if (template != null) {
                total += 16 + template.length;
            }
        }
        return total;
    }
}
