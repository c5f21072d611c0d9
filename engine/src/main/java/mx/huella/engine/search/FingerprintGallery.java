package mx.huella.engine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.MatchThresholds;
import mx.huella.engine.fingerprint.TemplateInterchange;

/**
 * The 1:N search gallery: enrolled fingers by opaque reference and finger position, searchable by one
 * or more probe fingers.
 *
 * <p>A search ranks every enrolled finger of the searched positions with the {@link TripletIndex}
 * (cheap, compact), scores the short list exactly with SourceAFIS (templates are kept serialized and
 * decoded only then), and fuses the per-finger scores of each reference by summing them. Finger
 * positions are kept apart: a probe of a known position meets only that position; a probe of
 * unknown position meets every single-finger position.
 *
 * <p>Thread-safe: searches run concurrently; changes wait for running searches.
 */
public final class FingerprintGallery {
    private final int bucketBits;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<FingerPosition, Partition> partitions = new EnumMap<>(FingerPosition.class);
    private final Map<String, Map<FingerPosition, Integer>> fingersByReference = new HashMap<>();

    /**
     * A gallery whose index is sized for about {@code expectedFingersPerPosition} fingers of each finger
     * position: about 16 buckets per finger, from 2^12 to 2^24. It grows past that size, with more
     * chance collisions in the index.
     */
    public FingerprintGallery(int expectedFingersPerPosition) {
        long buckets = Math.max(1, (long) expectedFingersPerPosition) * 16;
        this.bucketBits = (int) Math.max(12, Math.min(24, 64 - Long.numberOfLeadingZeros(buckets - 1)));
    }

    /** Adds a finger, or replaces the one enrolled under the same reference and position. */
    public void put(String reference, FingerPosition position, EncodedTemplate template) {
        if (!position.isSingleFinger()) {
            throw new IllegalArgumentException("the gallery holds single fingers, not " + position);
        }
        int[] keys = TripletKeys.gallery(TemplateInterchange.minutiae(template), bucketBits);
        lock.writeLock().lock();
        try {
            remove(reference, position);
            Partition partition = partitions.computeIfAbsent(position, p -> new Partition(bucketBits));
            int finger = partition.add(reference, keys, template.toByteArray());
            fingersByReference
                    .computeIfAbsent(reference, r -> new EnumMap<>(FingerPosition.class))
                    .put(position, finger);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every finger of a reference; it is never found again. */
    public void remove(String reference) {
        lock.writeLock().lock();
        try {
            Map<FingerPosition, Integer> fingers = fingersByReference.remove(reference);
            if (fingers != null) {
                fingers.forEach((position, finger) -> partitions.get(position).remove(finger));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes one finger of a reference. */
    public void remove(String reference, FingerPosition position) {
        lock.writeLock().lock();
        try {
            Map<FingerPosition, Integer> fingers = fingersByReference.get(reference);
            Integer finger = fingers == null ? null : fingers.remove(position);
            if (finger != null) {
                partitions.get(position).remove(finger);
                if (fingers.isEmpty()) {
                    fingersByReference.remove(reference);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Enrolled fingers, not counting removed ones. */
    public int size() {
        lock.readLock().lock();
        try {
            return fingersByReference.values().stream().mapToInt(Map::size).sum();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Folds recently added fingers into the compact index form; call after a bulk load and now and then. */
    public void compact() {
        lock.writeLock().lock();
        try {
            partitions.values().forEach(Partition::compact);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Bytes of the search structures (index postings and tables), not counting the serialized templates. */
    public long indexBytes() {
        lock.readLock().lock();
        try {
            return partitions.values().stream().mapToLong(Partition::indexBytes).sum();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of the serialized templates kept for exact scoring. */
    public long templateBytes() {
        lock.readLock().lock();
        try {
            return partitions.values().stream()
                    .mapToLong(Partition::templateBytes)
                    .sum();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Searches the gallery with one or more probe fingers.
     *
     * @param probe 1 to 4 templates by position; {@link FingerPosition#UNKNOWN} searches every position
     * @throws IllegalArgumentException for no probe finger or more than 4 (ten-print de-duplication needs
     *     thresholds calibrated for more fingers, issue 4)
     */
    public Identification identify(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        if (probe.isEmpty() || probe.size() > 4) {
            // Fused thresholds are calibrated for 1 to 4 fingers (MatchThresholds); more would be judged
            // against a 4-finger threshold and let false hits through.
            throw new IllegalArgumentException("a search takes 1 to 4 probe fingers, not " + probe.size());
        }
        lock.readLock().lock();
        try {
            Map<String, Map<FingerPosition, Double>> scores = new HashMap<>();
            int scored = 0;
            for (Map.Entry<FingerPosition, EncodedTemplate> finger : probe.entrySet()) {
                scored += searchOneFinger(finger.getKey(), finger.getValue(), options, scores);
            }
            List<Candidate> candidates = new ArrayList<>();
            scores.forEach((reference, perFinger) -> candidates.add(new Candidate(
                    reference,
                    perFinger.values().stream().mapToDouble(Double::doubleValue).sum(),
                    perFinger)));
            candidates.sort(Comparator.comparingDouble(Candidate::fusedScore).reversed());
            double threshold = MatchThresholds.sumOf(probe.size(), options.rate());
            return new Identification(
                    candidates.subList(0, Math.min(options.maxCandidates(), candidates.size())), threshold, scored);
        } finally {
            lock.readLock().unlock();
        }
    }

    private int searchOneFinger(
            FingerPosition position,
            EncodedTemplate template,
            SearchOptions options,
            Map<String, Map<FingerPosition, Double>> scores) {
        int[] keys = TripletKeys.probe(TemplateInterchange.minutiae(template), bucketBits);
        int scored = 0;
        for (Map.Entry<FingerPosition, Partition> partition : partitions.entrySet()) {
            boolean searched = position == FingerPosition.UNKNOWN
                    ? options.positions().isEmpty() || options.positions().contains(partition.getKey())
                    : partition.getKey() == position;
            if (!searched) {
                continue;
            }
            for (Partition.Scored hit : partition.getValue().search(keys, options.shortList(), template)) {
                scores.computeIfAbsent(hit.reference(), r -> new EnumMap<>(FingerPosition.class))
                        .merge(partition.getKey(), hit.score(), Math::max);
                scored++;
            }
        }
        return scored;
    }
}
