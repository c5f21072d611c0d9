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
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.ImpostorScoreModel;
import mx.huella.engine.fingerprint.TemplateInterchange;

/**
 * The 1:N search gallery: enrolled fingers by opaque reference and finger position, searchable by one
 * or more probe fingers.
 *
 * <p>A search ranks every enrolled finger of the searched positions with the {@link TripletIndex}
 * (cheap, compact), scores the short list exactly with SourceAFIS (templates are kept serialized and
 * decoded only then), and fuses the per-finger scores of each reference by summing them; the best
 * references are then scored on the probe fingers the index did not short-list for them, so a
 * ten-print search fuses all ten. Candidates are ranked and decided by how likely their fused score
 * is for a stranger ({@link ImpostorScoreModel}) against the target FPIR. Finger positions are kept
 * apart: a probe of a known position meets only that position; a probe of unknown position meets
 * every single-finger position.
 *
 * <p>Thread-safe: searches run concurrently; changes wait for running searches.
 */
public final class FingerprintGallery {
    private final int bucketBits;
    private final ImpostorScoreModel impostors = ImpostorScoreModel.fingerprints();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<FingerPosition, Partition> partitions = new EnumMap<>(FingerPosition.class);
    private final Map<String, Map<FingerPosition, Integer>> fingersByReference = new HashMap<>();

    /**
     * A gallery whose index is sized for about {@code expectedFingersPerPosition} fingers of each finger
     * position: about 16 buckets per finger, from 2^18 to 2^24. It grows past that size, with more
     * chance collisions in the index.
     */
    public FingerprintGallery(int expectedFingersPerPosition) {
        long buckets = Math.max(1, (long) expectedFingersPerPosition) * 16;
        // Chance votes for a finger grow with its keys over the buckets, not with the gallery: even a
        // small gallery needs many buckets (1 MiB of offsets per position) for its mates to stand out.
        this.bucketBits = (int) Math.max(18, Math.min(24, 64 - Long.numberOfLeadingZeros(buckets - 1)));
    }

    /** Adds a finger, or replaces the one enrolled under the same reference and position. */
    public void put(String reference, FingerPosition position, EncodedTemplate template) {
        put(reference, prepare(position, template));
    }

    /**
     * A finger made ready for {@link #put(String, PreparedFinger)}: its index keys computed. This is
     * the costly part of adding a finger, and takes no lock, so callers can prepare in parallel.
     */
    public PreparedFinger prepare(FingerPosition position, EncodedTemplate template) {
        if (!position.isSingleFinger()) {
            throw new IllegalArgumentException("the gallery holds single fingers, not " + position);
        }
        int[] keys = TripletKeys.gallery(TemplateInterchange.minutiae(template), bucketBits);
        return new PreparedFinger(this, position, keys, template.toByteArray());
    }

    /** Adds a prepared finger, or replaces the one enrolled under the same reference and position. */
    public void put(String reference, PreparedFinger finger) {
        if (finger.gallery() != this) {
            // Keys depend on the gallery's bucket count.
            throw new IllegalArgumentException("the finger was prepared for another gallery");
        }
        lock.writeLock().lock();
        try {
            remove(reference, finger.position());
            Partition partition = partitions.computeIfAbsent(finger.position(), p -> new Partition(bucketBits));
            int index = partition.add(reference, finger.keys(), finger.template());
            fingersByReference
                    .computeIfAbsent(reference, r -> new EnumMap<>(FingerPosition.class))
                    .put(finger.position(), index);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A finger with its index keys computed, for the gallery that prepared it. */
    public record PreparedFinger(FingerprintGallery gallery, FingerPosition position, int[] keys, byte[] template) {}

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
     * Searches the gallery with one or more probe fingers and decides at the options' target FPIR.
     *
     * @param probe 1 to 10 templates by position, each position at most once; one template of
     *     {@link FingerPosition#UNKNOWN} position searches every position (or those of the options)
     * @throws IllegalArgumentException for no probe finger, more than ten, or an unknown position
     *     among several fingers
     */
    public Identification identify(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        return Identification.decide(List.of(search(probe, options)), options);
    }

    /**
     * Searches without deciding: the best candidates of this gallery, each compared on every probe
     * finger it has enrolled, for {@link Identification#decide} to merge with other parts of a gallery.
     */
    public PartialSearch search(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        checkProbe(probe);
        lock.readLock().lock();
        try {
            Map<String, Map<FingerPosition, Double>> scores = new HashMap<>();
            int scored = 0;
            for (Map.Entry<FingerPosition, EncodedTemplate> finger : probe.entrySet()) {
                scored += searchOneFinger(finger.getKey(), finger.getValue(), options, scores);
            }
            boolean unknown = probe.containsKey(FingerPosition.UNKNOWN);
            List<Map.Entry<String, Map<FingerPosition, Double>>> partial = new ArrayList<>(scores.entrySet());
            partial.sort(
                    Comparator.comparingDouble((Map.Entry<String, Map<FingerPosition, Double>> e) -> -sum(e.getValue()))
                            .thenComparing(Map.Entry::getKey));
            int completed = Math.min(partial.size(), Math.max(20, 2 * options.maxCandidates()));
            List<Candidate> candidates = new ArrayList<>(completed);
            Map<FingerPosition, FingerprintTemplates.Probe> prepared = new EnumMap<>(FingerPosition.class);
            for (Map.Entry<String, Map<FingerPosition, Double>> entry : partial.subList(0, completed)) {
                Map<FingerPosition, Double> perFinger = new EnumMap<>(entry.getValue());
                int fingers;
                if (unknown) {
                    fingers = 1;
                } else {
                    scored += complete(entry.getKey(), probe, perFinger, prepared);
                    fingers = perFinger.size();
                }
                double fused = unknown ? max(perFinger) : sum(perFinger);
                candidates.add(Candidate.ofFingers(
                        entry.getKey(), fused, perFinger, impostors.falseMatchProbability(fingers, fused)));
            }
            candidates.sort(Candidate.RANKING);
            return new PartialSearch(
                    candidates.subList(0, Math.min(options.maxCandidates(), candidates.size())),
                    comparisons(unknown, options),
                    scored);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Checks that a probe can be searched: 1 to 10 fingers of single positions, or one finger of
     * unknown position.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkProbe(Map<FingerPosition, EncodedTemplate> probe) {
        if (probe.isEmpty() || probe.size() > ImpostorScoreModel.MAX_FINGERS) {
            throw new IllegalArgumentException(
                    "a search takes 1 to " + ImpostorScoreModel.MAX_FINGERS + " probe fingers, not " + probe.size());
        }
        if (probe.size() > 1 && probe.containsKey(FingerPosition.UNKNOWN)) {
            // Fusing fingers needs to know which enrolled finger each probe finger meets.
            throw new IllegalArgumentException("a finger of unknown position can only be searched alone");
        }
        for (FingerPosition position : probe.keySet()) {
            if (position != FingerPosition.UNKNOWN && !position.isSingleFinger()) {
                throw new IllegalArgumentException("a probe finger must be a single finger, not " + position);
            }
        }
    }

    /**
     * Scores the probe fingers the index did not short-list for this reference but that it has
     * enrolled, so that its fused score covers every finger both sides have.
     */
    private int complete(
            String reference,
            Map<FingerPosition, EncodedTemplate> probe,
            Map<FingerPosition, Double> perFinger,
            Map<FingerPosition, FingerprintTemplates.Probe> prepared) {
        Map<FingerPosition, Integer> enrolled = fingersByReference.getOrDefault(reference, Map.of());
        int scored = 0;
        for (Map.Entry<FingerPosition, EncodedTemplate> finger : probe.entrySet()) {
            Integer index = enrolled.get(finger.getKey());
            if (index != null && !perFinger.containsKey(finger.getKey())) {
                var matcher =
                        prepared.computeIfAbsent(finger.getKey(), p -> FingerprintTemplates.probe(finger.getValue()));
                perFinger.put(finger.getKey(), partitions.get(finger.getKey()).score(index, matcher));
                scored++;
            }
        }
        return scored;
    }

    private long comparisons(boolean unknown, SearchOptions options) {
        if (!unknown) {
            return fingersByReference.size();
        }
        return partitions.entrySet().stream()
                .filter(e ->
                        options.positions().isEmpty() || options.positions().contains(e.getKey()))
                .mapToLong(e -> e.getValue().size())
                .sum();
    }

    private static double sum(Map<FingerPosition, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double max(Map<FingerPosition, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
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
