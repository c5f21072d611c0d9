package mx.huella.engine.search;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An inverted index from triplet keys to the fingers holding them, with normalised vote counting.
 *
 * <p>Layout: a compacted part in compressed-sparse-row form (one {@code int} offset per bucket and
 * one {@code int} finger number per posting, nothing else) plus a growing part for fingers added
 * since the last {@link #compact()}, one small array per bucket. Compacting folds the growing part
 * into the compact one; searches read both. A removed finger is only marked and never voted for
 * again. The score of a finger is its votes over the square root of its number of keys, so that
 * fingers with many minutiae do not win by size. Not thread-safe: {@link FingerprintGallery} guards it.
 */
final class TripletIndex {
    private static final int[] EMPTY = new int[0];

    private final int bucketBits;
    private int[] offsets;
    private int[] postings = EMPTY;
    private int[][] recent;
    private int[] recentSizes;
    private int[] keyCounts = new int[1024];
    private final BitSet removed = new BitSet();
    private int fingers;

    TripletIndex(int bucketBits) {
        this.bucketBits = bucketBits;
        this.offsets = new int[(1 << bucketBits) + 1];
    }

    /** Adds a finger's keys; returns its number in this index. */
    int add(int[] keys) {
        if (recent == null) {
            recent = new int[1 << bucketBits][];
            recentSizes = new int[1 << bucketBits];
            Arrays.fill(recent, EMPTY);
        }
        int finger = fingers++;
        if (finger == keyCounts.length) {
            keyCounts = Arrays.copyOf(keyCounts, finger * 2);
        }
        keyCounts[finger] = keys.length;
        for (int key : keys) {
            int[] bucket = recent[key];
            int size = recentSizes[key];
            if (size == bucket.length) {
                bucket = Arrays.copyOf(bucket, Math.max(4, size + (size >> 1)));
                recent[key] = bucket;
            }
            bucket[size] = finger;
            recentSizes[key] = size + 1;
        }
        return finger;
    }

    void remove(int finger) {
        removed.set(finger);
    }

    int fingers() {
        return fingers;
    }

    /** Fingers added and not removed. */
    int size() {
        return fingers - removed.cardinality();
    }

    /** Folds the growing part into the compact one, dropping postings of removed fingers. */
    void compact() {
        if (recent == null) {
            return;
        }
        int buckets = 1 << bucketBits;
        int[] newOffsets = new int[buckets + 1];
        long total = 0;
        for (int b = 0; b < buckets; b++) {
            total += live(postings, offsets[b], offsets[b + 1]) + live(recent[b], 0, recentSizes[b]);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the index outgrew one array; partition the gallery further");
        }
        int[] newPostings = new int[(int) total];
        int at = 0;
        for (int b = 0; b < buckets; b++) {
            newOffsets[b] = at;
            at = copyLive(postings, offsets[b], offsets[b + 1], newPostings, at);
            at = copyLive(recent[b], 0, recentSizes[b], newPostings, at);
        }
        newOffsets[buckets] = at;
        offsets = newOffsets;
        postings = newPostings;
        recent = null;
        recentSizes = null;
        keyCounts = Arrays.copyOf(keyCounts, Math.max(1, fingers));
    }

    private int live(int[] source, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += removed.get(source[i]) ? 0 : 1;
        }
        return count;
    }

    private int copyLive(int[] source, int from, int to, int[] target, int at) {
        for (int i = from; i < to; i++) {
            if (!removed.get(source[i])) {
                target[at++] = source[i];
            }
        }
        return at;
    }

    /**
     * The up to {@code limit} best fingers for the probe keys, best first.
     *
     * @param votes scratch array of at least {@link #fingers()} zeros, left zeroed on return
     */
    int[] rank(int[] probeKeys, int limit, int[] votes) {
        IntList touched = new IntList();
        for (int key : probeKeys) {
            count(postings, offsets[key], offsets[key + 1], votes, touched);
            if (recent != null) {
                count(recent[key], 0, recentSizes[key], votes, touched);
            }
        }
        return TopScores.select(touched, votes, keyCounts, removed, limit);
    }

    private static void count(int[] source, int from, int to, int[] votes, IntList touched) {
        for (int p = from; p < to; p++) {
            int finger = source[p];
            if (votes[finger]++ == 0) {
                touched.add(finger);
            }
        }
    }

    /** Bytes the index holds: offsets, postings and key counts, plus the growing part if any. */
    long bytes() {
        long total = 16L + 4L * offsets.length + 16L + 4L * postings.length + 16L + 4L * keyCounts.length;
        if (recent != null) {
            total += 16L + 8L * recent.length + 16L + 4L * recentSizes.length;
            for (int[] bucket : recent) {
                total += bucket.length == 0 ? 0 : 16 + 4L * bucket.length;
            }
        }
        return total;
    }
}
