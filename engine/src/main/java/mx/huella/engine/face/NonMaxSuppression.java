package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import mx.huella.engine.face.DetectorGrid.Candidate;

/**
 * face-api's greedy {@code nonMaxSuppression}: sort by ascending score (stable, so among equal scores the later box
 * is picked first), repeatedly take the last, and drop every remaining box whose intersection over union with it is
 * strictly above the threshold. IoU is taken without face-api's rescaling to S pixels, which scales both axes and
 * so leaves it unchanged. Cost O(n²) in the candidate count, which stays small (a few dozen boxes).
 */
final class NonMaxSuppression {

    private NonMaxSuppression() {}

    /** The kept candidates in pick order (highest score first). */
    static List<Candidate> apply(List<Candidate> candidates, double iouThreshold) {
        List<Integer> remaining = new ArrayList<>(IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble(i -> candidates.get(i).score()))
                .toList());
        List<Candidate> picked = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Candidate current = candidates.get(remaining.remove(remaining.size() - 1));
            picked.add(current);
            remaining.removeIf(i -> intersectionOverUnion(current, candidates.get(i)) > iouThreshold);
        }
        return picked;
    }

    static double intersectionOverUnion(Candidate a, Candidate b) {
        double width = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
        double height = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
        double intersection = width * height;
        return intersection / (a.width() * a.height() + b.width() * b.height() - intersection);
    }
}
