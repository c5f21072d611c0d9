package mx.huella.enrollment;

import java.util.List;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.EncodedTemplate;

/**
 * One capture, read and judged: its quality score (0 to 100), the reasons that lowered it, whether it
 * is good enough to enroll, and what would be stored (a template or a face descriptor).
 */
record CapturedSample(int quality, List<String> issues, boolean usable, EncodedTemplate template, FaceDescriptor face) {
    CapturedSample {
        issues = List.copyOf(issues);
    }
}
