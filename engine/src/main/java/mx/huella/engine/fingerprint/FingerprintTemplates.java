package mx.huella.engine.fingerprint;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;

/**
 * Extracts templates from images and scores pairs of them with SourceAFIS 3.18.
 *
 * <p>Scores are SourceAFIS similarity scores: 0 for nothing in common, growing without fixed bound
 * with the evidence that two impressions come from one finger. What a score means in false-match
 * rate is measured, not assumed: see {@code docs/fingerprint-thresholds.md} and
 * the thresholds measured by {@code ./huella eval}.
 *
 * <p>Thread-safe and stateless. Extraction takes tens of milliseconds per 500 dpi image; one
 * comparison about a tenth of a millisecond; {@link #probe(EncodedTemplate)} saves the probe's
 * preparation when one probe is compared with many candidates.
 */
public final class FingerprintTemplates {
    private FingerprintTemplates() {}

    /**
     * Extracts a template from a decoded image, at the image's resolution. The grey levels are first
     * mapped the way SourceAFIS's own decoding maps them ({@link SourceAfisTone}).
     */
    public static EncodedTemplate extract(GrayImage image) {
        var sourceImage = new FingerprintImage(
                image.width(),
                image.height(),
                SourceAfisTone.apply(image.pixels()),
                new FingerprintImageOptions().dpi(image.dpi()));
        return EncodedTemplate.of(new FingerprintTemplate(sourceImage));
    }

    /** The similarity score of two templates. */
    public static double score(EncodedTemplate probe, EncodedTemplate candidate) {
        return new FingerprintMatcher(probe.sourceafis()).match(candidate.sourceafis());
    }

    /** A probe prepared once for comparison with many candidates. Not thread-safe: one per thread. */
    public static Probe probe(EncodedTemplate probe) {
        return new Probe(new FingerprintMatcher(probe.sourceafis()));
    }

    /** One probe, ready to be scored against candidates. */
    public static final class Probe {
        private final FingerprintMatcher matcher;

        private Probe(FingerprintMatcher matcher) {
            this.matcher = matcher;
        }

        public double score(EncodedTemplate candidate) {
            return matcher.match(candidate.sourceafis());
        }
    }
}
