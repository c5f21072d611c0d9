package mx.huella.engine.search;

import java.util.BitSet;

/** Picks the best-scoring fingers from a vote count with a bounded min-heap, clearing the votes as it goes. */
final class TopScores {
    private TopScores() {}

    static int[] select(IntList touched, int[] votes, int[] keyCounts, BitSet removed, int limit) {
        int[] heapFinger = new int[limit];
        double[] heapScore = new double[limit];
        int size = 0;
        int[] ids = touched.toArray();
        for (int finger : ids) {
            int count = votes[finger];
            votes[finger] = 0;
            if (removed.get(finger)) {
                continue;
            }
            double score = count / Math.sqrt(Math.max(1, keyCounts[finger]));
            if (size < limit) {
                heapFinger[size] = finger;
                heapScore[size] = score;
                siftUp(heapFinger, heapScore, size++);
            } else if (score > heapScore[0]) {
                heapFinger[0] = finger;
                heapScore[0] = score;
                siftDown(heapFinger, heapScore, size);
            }
        }
        int[] best = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = heapFinger[0];
            heapFinger[0] = heapFinger[i];
            heapScore[0] = heapScore[i];
            siftDown(heapFinger, heapScore, i);
        }
        return best;
    }

    private static void siftUp(int[] finger, double[] score, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (score[parent] <= score[at]) {
                return;
            }
            swap(finger, score, at, parent);
            at = parent;
        }
    }

    private static void siftDown(int[] finger, double[] score, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && score[left] < score[smallest]) {
                smallest = left;
            }
            if (right < size && score[right] < score[smallest]) {
                smallest = right;
            }
            if (smallest == at) {
                return;
            }
            swap(finger, score, at, smallest);
            at = smallest;
        }
    }

    private static void swap(int[] finger, double[] score, int a, int b) {
        int f = finger[a];
        finger[a] = finger[b];
        finger[b] = f;
        double s = score[a];
        score[a] = score[b];
        score[b] = s;
    }
}
