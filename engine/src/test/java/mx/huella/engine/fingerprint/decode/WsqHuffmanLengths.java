package mx.huella.engine.fingerprint.decode;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Canonical Huffman code lengths of at most 16 bits for the WSQ symbols a test image uses (FBI IAFIS-IC-0110 v3,
 * built as JPEG does in ISO/IEC 10918-1 annex K). A reserved leaf of zero weight takes the longest code, so the all-ones code stays
 * unused and padding bits at the end of a block never complete a symbol.
 */
final class WsqHuffmanLengths {
    private WsqHuffmanLengths() {}

    static int[] of(List<Integer> symbols) {
        long[] counts = new long[256];
        symbols.forEach(s -> counts[s]++);
        while (true) {
            int[] lengths = lengths(counts);
            if (Arrays.stream(lengths).max().orElse(0) <= 16) {
                return lengths;
            }
            for (int s = 0; s < counts.length; s++) {
                counts[s] = counts[s] == 0 ? 0 : counts[s] / 2 + 1;
            }
        }
    }

    /** Huffman's algorithm over the used symbols plus a reserved leaf (index 0, never a WSQ symbol). */
    private static int[] lengths(long[] counts) {
        record Node(long weight, int[] leaves) {}
        var queue = new PriorityQueue<Node>(Comparator.comparingLong(Node::weight));
        queue.add(new Node(0, new int[] {0}));
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > 0) {
                queue.add(new Node(counts[s], new int[] {s}));
            }
        }
        int[] lengths = new int[256];
        while (queue.size() > 1) {
            Node a = queue.poll();
            Node b = queue.poll();
            int[] leaves = new int[a.leaves.length + b.leaves.length];
            System.arraycopy(a.leaves, 0, leaves, 0, a.leaves.length);
            System.arraycopy(b.leaves, 0, leaves, a.leaves.length, b.leaves.length);
            for (int leaf : leaves) {
                lengths[leaf]++;
            }
            queue.add(new Node(a.weight + b.weight, leaves));
        }
        return lengths;
    }
}
