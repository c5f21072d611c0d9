package mx.huella.tools.synthetic;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The minutiae an extractor would report for one impression of a synthetic finger.
 *
 * <p>Design note. This is the template-level counterpart of {@link ImpressionRenderer}, with the perturbations that
 * minutiae matchers are built to tolerate between mated templates (Jain, Hong and Bolle, "On-line fingerprint
 * verification", IEEE TPAMI 19(4), 1997): the same placement on the sensor as images get (rotation within 15 degrees,
 * translation within 20 pixels, plastic distortion after Cappelli, Maio and Maltoni, ICAPR 2001), a partial elliptic
 * contact area, small localisation errors of position and direction, missed minutiae,
 * type confusions between endings and bifurcations, and spurious minutiae from noise, which still lie along the local
 * ridge flow because noise breaks and bridges ridges. Minutiae are reported sorted by row, as extractors commonly do,
 * so that the order carries no trace of the master's numbering.
 */
final class MatedMinutiae {
    /** Minutiae this close to the contact area's border are missed: the extractor's mask cuts them off. */
    private static final double CONTACT_MARGIN = 0.93;

    private static final double POSITION_ERROR = 1.2;
    private static final double DIRECTION_ERROR = 0.08;
    private static final double TYPE_CONFUSION = 0.08;
    private static final double SPURIOUS_DISTANCE = 8;

    private MatedMinutiae() {}

    static Minutia[] draw(MasterMinutiae master, int width, int height, SeededRandom random) {
        FingerShape shape = master.shape();
        ImpressionConditions conditions =
                ImpressionConditions.random(random, width, height, shape.centerX(), shape.middleY());
        Placement placement = new Placement(conditions, width, height);
        double missRate = random.uniform(0.05, 0.2);
        Minutia[] out = new Minutia[master.count() * 2];
        int count = 0;
        double[] point = new double[2];
        for (int i = 0; i < master.count(); i++) {
            Minutia m = master.get(i);
            double direction = placement.direction(m, point) + DIRECTION_ERROR * random.roughGaussian();
            placement.forward(m.x(), m.y(), point);
            double x = point[0] + POSITION_ERROR * random.roughGaussian();
            double y = point[1] + POSITION_ERROR * random.roughGaussian();
            boolean bifurcation = m.bifurcation() ^ random.chance(TYPE_CONFUSION);
            if (!random.chance(missRate) && placement.isReliable(x, y)) {
                out[count++] = new Minutia(x, y, direction, bifurcation, m.quality());
            }
        }
        count = addSpurious(master, placement, random, out, count);
        Minutia[] reported = Arrays.copyOf(out, count);
        Arrays.sort(reported, Comparator.comparingDouble(Minutia::y).thenComparingDouble(Minutia::x));
        return reported;
    }

    /** Adds up to 15 % spurious minutiae after the {@code count} true ones in {@code out}; returns the new count. */
    private static int addSpurious(
            MasterMinutiae master, Placement placement, SeededRandom random, Minutia[] out, int count) {
        int spurious = (int) Math.round(count * random.uniform(0, 0.15));
        double[] point = new double[2];
        for (int attempt = 0; attempt < spurious * 20 && spurious > 0 && count < out.length; attempt++) {
            double x = random.uniform(0, placement.width - 1);
            double y = random.uniform(0, placement.height - 1);
            if (placement.isReliable(x, y) && isFarFromAll(x, y, out, count)) {
                placement.backward(x, y, point);
                Minutia noise = MasterMinutiae.along(master.orientation(), point[0], point[1], random);
                out[count++] = new Minutia(x, y, noise.direction() + placement.rotation, noise.bifurcation(), 20);
                spurious--;
            }
        }
        return count;
    }

    private static boolean isFarFromAll(double x, double y, Minutia[] minutiae, int count) {
        for (int i = 0; i < count; i++) {
            double dx = x - minutiae[i].x();
            double dy = y - minutiae[i].y();
            if (dx * dx + dy * dy < SPURIOUS_DISTANCE * SPURIOUS_DISTANCE) {
                return false;
            }
        }
        return true;
    }

    /** The map from the master to the sensor for one impression, and the contact area on the sensor. */
    private static final class Placement {
        final double rotation;
        private final double cos;
        private final double sin;
        private final double centerX;
        private final double centerY;
        final double width;
        final double height;
        private final ImpressionConditions conditions;

        Placement(ImpressionConditions conditions, int width, int height) {
            this.conditions = conditions;
            this.rotation = conditions.placement().rotation();
            this.cos = StrictMath.cos(rotation);
            this.sin = StrictMath.sin(rotation);
            this.centerX = width / 2.0;
            this.centerY = height / 2.0;
            this.width = width;
            this.height = height;
        }

        /** Distortion, then rotation about the image centre, then translation. */
        void forward(double x, double y, double[] out) {
            conditions.placement().distortion().apply(x, y, out);
            double dx = out[0] - centerX;
            double dy = out[1] - centerY;
            out[0] = centerX + cos * dx - sin * dy + conditions.placement().shiftX();
            out[1] = centerY + sin * dx + cos * dy + conditions.placement().shiftY();
        }

        /** The rigid part of {@link #forward} undone; distortion is small enough to ignore where this is used. */
        void backward(double x, double y, double[] out) {
            double dx = x - centerX - conditions.placement().shiftX();
            double dy = y - centerY - conditions.placement().shiftY();
            out[0] = centerX + cos * dx + sin * dy;
            out[1] = centerY - sin * dx + cos * dy;
        }

        /** The direction of a master minutia after the map, from the image of a short step along it. */
        double direction(Minutia m, double[] scratch) {
            forward(m.x(), m.y(), scratch);
            double x = scratch[0];
            double y = scratch[1];
            forward(m.x() + 4 * StrictMath.cos(m.direction()), m.y() + 4 * StrictMath.sin(m.direction()), scratch);
            return StrictMath.atan2(scratch[1] - y, scratch[0] - x);
        }

        boolean isReliable(double x, double y) {
            ImpressionConditions.Contact contact = conditions.contact();
            double cx = (x - contact.centerX()) / contact.semiAxisX();
            double cy = (y - contact.centerY()) / contact.semiAxisY();
            return cx * cx + cy * cy < CONTACT_MARGIN * CONTACT_MARGIN
                    && x >= 0
                    && y >= 0
                    && x < width - 0.5
                    && y < height - 0.5;
        }
    }
}
