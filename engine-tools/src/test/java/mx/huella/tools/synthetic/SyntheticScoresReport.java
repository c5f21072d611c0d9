package mx.huella.tools.synthetic;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.huella.engine.fingerprint.GrayImage;

/**
 * Prints how SourceAFIS scores the synthetic data: same-finger and different-finger score distributions for images
 * and for templates. Run its {@code main} from the test classpath with the population seed, the number of fingers and
 * of impressions per finger for images, then the same for templates, e.g. {@code 7 48 4 7 200 4}; figures go to the
 * generators' javadoc and docs/benchmarks.md.
 */
final class SyntheticScoresReport {
    private static final double THRESHOLD = 40;

    private SyntheticScoresReport() {}

    public static void main(String[] args) {
        SyntheticFingerprints fingerprints = new SyntheticFingerprints(Long.parseLong(args[0]));
        List<FingerprintTemplate> images = new ArrayList<>();
        int imageFingers = Integer.parseInt(args[1]);
        int imageImpressions = Integer.parseInt(args[2]);
        for (int f = 0; f < imageFingers; f++) {
            SyntheticFinger finger = fingerprints.finger(f);
            for (int i = 0; i < imageImpressions; i++) {
                GrayImage image = finger.impression(i);
                images.add(new FingerprintTemplate(new FingerprintImage(
                        image.width(),
                        image.height(),
                        image.pixels(),
                        new FingerprintImageOptions().dpi(image.dpi()))));
            }
        }
        report("images", images, imageImpressions);
        SyntheticTemplates templates = new SyntheticTemplates(Long.parseLong(args[3]));
        List<FingerprintTemplate> imported = new ArrayList<>();
        int templateFingers = Integer.parseInt(args[4]);
        int templateImpressions = Integer.parseInt(args[5]);
        for (int f = 0; f < templateFingers; f++) {
            SyntheticTemplateFinger finger = templates.finger(f);
            for (int i = 0; i < templateImpressions; i++) {
                imported.add(FingerprintCompatibility.importTemplate(finger.impression(i)));
            }
        }
        report("templates", imported, templateImpressions);
    }

    private static void report(String label, List<FingerprintTemplate> templates, int impressions) {
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int a = 0; a < templates.size(); a++) {
            FingerprintMatcher matcher = new FingerprintMatcher(templates.get(a));
            for (int b = a + 1; b < templates.size(); b++) {
                (a / impressions == b / impressions ? genuine : impostor).add(matcher.match(templates.get(b)));
            }
        }
        System.out.println(label + ", same finger:      " + describe(genuine));
        System.out.println(label + ", different finger: " + describe(impostor));
    }

    private static String describe(List<Double> scores) {
        List<Double> sorted = scores.stream().sorted().toList();
        long above = sorted.stream().filter(s -> s >= THRESHOLD).count();
        return String.format(
                Locale.ROOT,
                "%d pairs, %d at or above %.0f (%.4f %%), min %.1f, median %.1f, max %.1f",
                sorted.size(),
                above,
                THRESHOLD,
                100.0 * above / sorted.size(),
                sorted.get(0),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
