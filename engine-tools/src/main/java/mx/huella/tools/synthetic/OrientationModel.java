package mx.huella.tools.synthetic;

/**
 * Ridge orientation over the finger, from the positions of its singular points.
 *
 * <p>Design note. Loops, whorls and tented arches use the zero-pole model of Sherlock and Monro ("A model for
 * interpreting fingerprint topology", Pattern Recognition 26(7), 1993): treating a pixel as the complex number z, the
 * orientation is half the sum of arg(z - core) over the cores minus the same sum over the deltas, which gives each
 * core the index +1/2 and each delta -1/2 and makes the flow horizontal far from a balanced set of singularities.
 * Three corrections follow, each for a defect that showed up when SourceAFIS compared the generated fingers:
 *
 * <ul>
 *   <li>Plain arches have no singular point, so the zero-pole model gives straight horizontal ridges. SFinGe
 *       (Cappelli, Maio and Maltoni, ICPR 2000; Handbook of Fingerprint Recognition, 2nd ed., chapter 6) uses an
 *       explicit arch field instead: the atan of a slope that rises towards the fingertip and vanishes towards the
 *       crease. We use a field of that form for arches and a weaker copy above the cores of the other classes, whose
 *       upper ridges follow the rounded fingertip rather than running straight.
 *   <li>Around a plain zero-pole core the ridges are confocal parabolas, which fan out, so the ridge pattern must
 *       insert ridges (minutiae) at the same place below every core, and unrelated loops then share minutiae. Vizcaya
 *       and Gerhardt ("A nonlinear orientation model for global description of fingerprints", Pattern Recognition
 *       29(7), 1996) fix the shape of singularities by passing each arg through a piecewise-linear correction; we pass
 *       a core's angle, measured from the direction in which its loop opens, through the smooth odd map
 *       psi (1 - r + r |psi| / pi), which keeps the index, makes the legs of the loop parallel and its head round.
 *   <li>Real fingers of one class differ in their flow more than singular points alone explain; a smooth random
 *       deviation of a few tens of degrees over several ridges gives each finger its own flow.
 * </ul>
 *
 * <p>Angles are in radians, image coordinates (y downwards), modulo pi. Immutable and thread-safe.
 */
final class OrientationModel {
    /** Largest individual deviation from the model's flow, radians (the noise rarely exceeds 0.6 of it). */
    private static final double WANDER_AMPLITUDE = 0.7;
    /** Distance over which the deviation changes, pixels: several ridges, so that the flow bends without kinks. */
    private static final double WANDER_CELL = 80;

    private final double[] coresX;
    private final double[] coresY;
    private final double[] deltasX;
    private final double[] deltasY;
    private final ArchField arch;
    private final SmoothNoise wander;
    private final double roundness;
    private final double[] openings;

    /**
     * @param cores x, y pairs
     * @param deltas x, y pairs
     */
    private OrientationModel(double[] cores, double[] deltas, ArchField arch, SeededRandom random) {
        this.coresX = even(cores);
        this.coresY = odd(cores);
        this.deltasX = even(deltas);
        this.deltasY = odd(deltas);
        this.arch = arch;
        FingerShape shape = arch.shape();
        int right = (int) Math.ceil(shape.centerX() + shape.right());
        int bottom = (int) Math.ceil(shape.topCenterY() + shape.straight() + shape.bottom());
        this.wander = new SmoothNoise(random, right, bottom, WANDER_CELL);
        this.roundness = random.uniform(0.7, 1.0);
        this.openings = new double[coresX.length];
        for (int i = 0; i < openings.length; i++) {
            openings[i] = 2 * (uncorrectedExcept(i, coresX[i], coresY[i]) + smooth(coresX[i], coresY[i]));
        }
    }

    /** A random layout of singular points of the given class inside the finger, at 500 dpi. */
    static OrientationModel random(PatternClass pattern, FingerShape shape, SeededRandom random) {
        return switch (pattern) {
            case ARCH -> plainArch(shape, random);
            case TENTED_ARCH -> tentedArch(shape, random);
            case LEFT_LOOP -> loop(shape, 1, random);
            case RIGHT_LOOP -> loop(shape, -1, random);
            case WHORL -> whorl(shape, random);
        };
    }

    private static OrientationModel plainArch(FingerShape shape, SeededRandom random) {
        double flatY = shape.middleY() + shape.halfWidth() * 2 * random.uniform(0.25, 0.45);
        return new OrientationModel(
                new double[0], new double[0], new ArchField(shape, flatY, random.uniform(0.9, 1.5)), random);
    }

    private static OrientationModel tentedArch(FingerShape shape, SeededRandom random) {
        double w = shape.halfWidth() * 2;
        double x = shape.centerX() + w * random.symmetric(0.05);
        double y = shape.middleY() + w * random.symmetric(0.06);
        double[] delta = below(x, y, w * random.uniform(0.12, 0.26), random.symmetric(8));
        return new OrientationModel(new double[] {x, y}, delta, aboveCores(shape, y, random), random);
    }

    /** A loop whose delta lies on the right for {@code side} 1 (a left loop) or on the left for -1. */
    private static OrientationModel loop(FingerShape shape, double side, SeededRandom random) {
        double w = shape.halfWidth() * 2;
        double x = shape.centerX() + w * (random.symmetric(0.07) - side * 0.06);
        double y = shape.middleY() + w * random.symmetric(0.08);
        double[] delta = below(x, y, w * random.uniform(0.28, 0.55), side * random.uniform(25, 60));
        return new OrientationModel(new double[] {x, y}, delta, aboveCores(shape, y, random), random);
    }

    private static OrientationModel whorl(FingerShape shape, SeededRandom random) {
        double w = shape.halfWidth() * 2;
        double x = shape.centerX() + w * random.symmetric(0.05);
        double y = shape.middleY() + w * random.uniform(-0.10, 0.0);
        double[] second = below(x, y, w * random.uniform(0.04, 0.16), random.symmetric(70));
        double[] left = below(x, y, w * random.uniform(0.38, 0.55), -random.uniform(35, 60));
        double[] right = below(x, y, w * random.uniform(0.38, 0.55), random.uniform(35, 60));
        double[] cores = {x, y, second[0], second[1]};
        double[] deltas = {left[0], left[1], right[0], right[1]};
        return new OrientationModel(cores, deltas, aboveCores(shape, y, random), random);
    }

    /** The weaker arch field of classes with cores, present only above them. */
    private static ArchField aboveCores(FingerShape shape, double coreY, SeededRandom random) {
        return new ArchField(shape, coreY, random.uniform(0.3, 0.6));
    }

    /** The point {@code distance} pixels from (x, y), downwards turned by {@code degrees} (positive: to the right). */
    private static double[] below(double x, double y, double distance, double degrees) {
        double angle = Math.toRadians(degrees);
        return new double[] {x + distance * StrictMath.sin(angle), y + distance * StrictMath.cos(angle)};
    }

    /** The ridge orientation at a pixel, in radians modulo pi. */
    double at(double x, double y) {
        double sum = 0;
        for (int i = 0; i < coresX.length; i++) {
            sum += rounded(i, StrictMath.atan2(y - coresY[i], x - coresX[i]));
        }
        for (int i = 0; i < deltasX.length; i++) {
            sum -= StrictMath.atan2(y - deltasY[i], x - deltasX[i]);
        }
        return sum / 2 + smooth(x, y);
    }

    /**
     * The zero-pole term of a core, with its angle measured from the loop's opening and squeezed towards it: the
     * legs of the loop then run parallel and its head becomes round, where the plain model fans ridges out like
     * confocal parabolas and forces ridge insertions (minutiae) at the same place in every loop. Continuous across
     * the branch cut, since the squeezed angle still runs from -pi to pi.
     */
    private double rounded(int core, double angle) {
        double psi = angle - openings[core];
        psi -= 2 * Math.PI * Math.floor((psi + Math.PI) / (2 * Math.PI));
        return openings[core] + psi * (1 - roundness + roundness * Math.abs(psi) / Math.PI);
    }

    /** The plain zero-pole sum over every singular point but core {@code skipped}, halved. */
    private double uncorrectedExcept(int skipped, double x, double y) {
        double sum = 0;
        for (int i = 0; i < coresX.length; i++) {
            if (i != skipped) {
                sum += StrictMath.atan2(y - coresY[i], x - coresX[i]);
            }
        }
        for (int i = 0; i < deltasX.length; i++) {
            sum -= StrictMath.atan2(y - deltasY[i], x - deltasX[i]);
        }
        return sum / 2;
    }

    /** The parts of the orientation without singularities: the arch field and the finger's own wander. */
    private double smooth(double x, double y) {
        return arch.at(x, y) + WANDER_AMPLITUDE * wander.at(x, y);
    }

    private static double[] even(double[] xy) {
        double[] out = new double[xy.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = xy[2 * i];
        }
        return out;
    }

    private static double[] odd(double[] xy) {
        double[] out = new double[xy.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = xy[2 * i + 1];
        }
        return out;
    }

    /**
     * Ridges rising towards the finger's axis, most steeply at the tip and flat from {@code flatY} down.
     *
     * @param flatY row below which the field vanishes
     * @param slope largest slope of a ridge, at the tip
     */
    private record ArchField(FingerShape shape, double flatY, double slope) {
        double at(double x, double y) {
            double topY = shape.topCenterY() - shape.top();
            double rise = Math.min(1, Math.max(0, (flatY - y) / (flatY - topY)));
            if (rise == 0) {
                return 0;
            }
            double across = Math.max(-1, Math.min(1, (x - shape.centerX()) / shape.halfWidth()));
            // The ridge y = y0 - h * cos(pi/2 * across) rises towards the axis; its slope is proportional to this sine.
            return StrictMath.atan(slope * rise * StrictMath.sin(Math.PI / 2 * across));
        }
    }
}
