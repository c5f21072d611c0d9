package mx.huella.verification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.decode.DecodedFingerprint;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;
import org.springframework.stereotype.Component;

/** Turns the finger files of a verification into templates; the files are not kept. */
@Component
class ProbeReader {
    static final int MAX_FINGERS = 4;
    private final FingerprintDecoder decoder = new FingerprintDecoder();
    // As many extractions at once as there are cores: more only share the cores and thrash their caches.
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    Map<FingerPosition, EncodedTemplate> fingers(Map<Integer, byte[]> files) {
        if (files.isEmpty()) {
            throw new VerificationException(VerificationException.Problem.NO_FINGERS, "at least one finger is needed");
        }
        if (files.size() > MAX_FINGERS) {
            throw new VerificationException(
                    VerificationException.Problem.NO_FINGERS, "at most " + MAX_FINGERS + " fingers per verification");
        }
        Map<FingerPosition, EncodedTemplate> templates = new EnumMap<>(FingerPosition.class);
        files.forEach((code, file) -> {
            FingerPosition position = FingerPosition.fromCode(code)
                    .filter(FingerPosition::isSingleFinger)
                    .orElseThrow(() -> new VerificationException(
                            VerificationException.Problem.NOT_A_FINGER, "finger positions are ISO codes 1 to 10"));
            List<DecodedFingerprint> decoded;
            try {
                decoded = decoder.decode(file);
            } catch (FingerprintDecodeException e) {
                throw new VerificationException(VerificationException.Problem.UNREADABLE_SAMPLE, e.reason() + "");
            }
            if (decoded.size() != 1) {
                throw new VerificationException(
                        VerificationException.Problem.UNREADABLE_SAMPLE,
                        "one finger image per file, not " + decoded.size());
            }
            templates.put(position, extract(decoded.get(0)));
        });
        return templates;
    }

    private EncodedTemplate extract(DecodedFingerprint decoded) {
        cores.acquireUninterruptibly();
        try {
            return FingerprintTemplates.extract(decoded.image());
        } finally {
            cores.release();
        }
    }
}
