package mx.huella.tools.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-finger verification measured on a single-finger data set by grouping fingers into
 * synthetic persons, with score-level sum fusion.
 *
 * <p>How persons are formed (deterministic): fingers are taken in numeric order and every
 * combination of {@code fingersPerPerson} distinct fingers, in lexicographic order, is a person
 * (at most {@link #MAX_PERSONS}); slot k of a person is its k-th finger. Sample i of a person is
 * impression i of each of its fingers. Genuine pairs: samples i &lt; j of one person. Impostor
 * pairs: samples of two persons that share no finger, compared slot by slot, all impression
 * combinations. Persons that share a finger are never compared, since they are not different
 * people. Fused score: the sum of the per-slot SourceAFIS scores.
 *
 * <p>Impostor pairs reuse the same impressions many times, so they are not independent; rates
 * below {@link ScoreSet#fmrResolution()} cannot be measured and are reported at the threshold
 * just above every impostor.
 */
public final class MultiFingerEvaluation {
    static final int MAX_PERSONS = 2_000;

    private MultiFingerEvaluation() {}

    public record Result(int persons, ScoreSet scores, ErrorRates rates, double fnmrAtFmr1e3, double fnmrAtFmr1e4) {}

    public static Result run(FvcResult single, int fingersPerPerson) {
        if (fingersPerPerson < 2) {
            throw new IllegalArgumentException("multi-finger fusion needs at least 2 fingers per person");
        }
        List<String> fingers = new ArrayList<>(single.dataset().fingers().keySet());
        if (fingers.size() < 2 * fingersPerPerson) {
            throw new IllegalArgumentException("need at least " + 2 * fingersPerPerson + " fingers for "
                    + fingersPerPerson + "-finger persons, found " + fingers.size());
        }
        int impressions = single.dataset().fingers().values().stream()
                .mapToInt(List::size)
                .min()
                .orElseThrow();
        int[][] index = indexOf(single, fingers, impressions);
        List<int[]> persons = combinations(fingers.size(), fingersPerPerson);
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int p = 0; p < persons.size(); p++) {
            int[] person = persons.get(p);
            for (int i = 0; i < impressions; i++) {
                for (int j = i + 1; j < impressions; j++) {
                    genuine.add(fused(single, index, person, i, person, j));
                }
            }
            for (int q = p + 1; q < persons.size(); q++) {
                int[] other = persons.get(q);
                if (disjoint(person, other)) {
                    for (int i = 0; i < impressions; i++) {
                        for (int j = 0; j < impressions; j++) {
                            impostor.add(fused(single, index, person, i, other, j));
                        }
                    }
                }
            }
        }
        ScoreSet scores = new ScoreSet(
                genuine.stream().mapToDouble(Double::doubleValue).toArray(),
                impostor.stream().mapToDouble(Double::doubleValue).toArray());
        return new Result(
                persons.size(),
                scores,
                ErrorRates.of(scores),
                ErrorRates.fnmrAtFmr(scores, 1e-3),
                ErrorRates.fnmrAtFmr(scores, 1e-4));
    }

    private static double fused(FvcResult single, int[][] index, int[] a, int i, int[] b, int j) {
        double sum = 0;
        for (int slot = 0; slot < a.length; slot++) {
            sum += single.matrix().score(index[a[slot]][i], index[b[slot]][j]);
        }
        return sum;
    }

    /** Position in the feature list of impression {@code i} of finger {@code f}. */
    private static int[][] indexOf(FvcResult single, List<String> fingers, int impressions) {
        int[][] index = new int[fingers.size()][impressions];
        for (int f = 0; f < fingers.size(); f++) {
            List<FvcDataset.Impression> list = single.dataset().fingers().get(fingers.get(f));
            for (int i = 0; i < impressions; i++) {
                FvcDataset.Impression wanted = list.get(i);
                for (int k = 0; k < single.features().size(); k++) {
                    if (single.features().get(k).impression().equals(wanted)) {
                        index[f][i] = k;
                    }
                }
            }
        }
        return index;
    }

    static List<int[]> combinations(int n, int k) {
        List<int[]> result = new ArrayList<>();
        int[] current = new int[k];
        for (int i = 0; i < k; i++) {
            current[i] = i;
        }
        while (result.size() < MAX_PERSONS) {
            result.add(current.clone());
            int position = k - 1;
            while (position >= 0 && current[position] == n - k + position) {
                position--;
            }
            if (position < 0) {
                break;
            }
            current[position]++;
            for (int i = position + 1; i < k; i++) {
                current[i] = current[i - 1] + 1;
            }
        }
        return result;
    }

    private static boolean disjoint(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return false;
                }
            }
        }
        return true;
    }
}
