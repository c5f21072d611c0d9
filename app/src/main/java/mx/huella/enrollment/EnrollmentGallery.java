package mx.huella.enrollment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceImpostorModel;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.MultimodalFusion;
import mx.huella.engine.search.PartialSearch;
import mx.huella.engine.search.SearchOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 1:N gallery as enrollment uses it: an enrollment's fused ten-print and face searched against
 * everyone enrolled, and an enrollment found to be no one else entered into it.
 */
@Component
class EnrollmentGallery {
    /** How many of the nearest enrolled faces a submission weighs besides its fingerprint candidates. */
    static final int FACE_CANDIDATES = 10;

    private final BiometricGallery gallery;
    private final SampleVault vault;
    private final double fpir;

    EnrollmentGallery(
            BiometricGallery gallery, SampleVault vault, @Value("${huella.enrollment.fpir:1e-3}") double fpir) {
        this.gallery = gallery;
        this.vault = vault;
        this.fpir = fpir;
    }

    Identification search(
            UUID ownSubject, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        return search(Set.of(ownSubject.toString()), fingers, face);
    }

    /** The 1:N search, leaving out these references (the person's own subject, candidates judged different). */
    Identification search(
            Set<String> excluded, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        SearchOptions options = new SearchOptions(10, 200, fpir, Set.of());
        List<Candidate> others = List.of();
        long comparisons = 0;
        int scored = 0;
        if (!fingers.isEmpty()) {
            Identification byFingers = gallery.identify(fingers, options);
            others = byFingers.candidates().stream()
                    .filter(c -> !excluded.contains(c.reference()))
                    .toList();
            comparisons = byFingers.comparisons();
            scored = byFingers.scored();
        }
        Map<String, FaceGallery.Match> faces = new java.util.LinkedHashMap<>();
        if (face.isPresent()) {
            FaceDescriptor probe = face.get();
            // Face evidence for every fingerprint candidate, and the nearest faces of everyone enrolled:
            // an enrollment with few usable fingers (face plus exceptions) is still searched in full.
            for (Candidate candidate : others) {
                vault.enrolledFace(UUID.fromString(candidate.reference()))
                        .ifPresent(enrolled -> faces.put(
                                candidate.reference(),
                                new FaceGallery.Match(candidate.reference(), probe.distanceTo(enrolled))));
            }
            gallery.nearestFaces(probe, FACE_CANDIDATES + excluded.size()).stream()
                    .filter(match -> !excluded.contains(match.reference()))
                    .forEach(match -> faces.putIfAbsent(match.reference(), match));
        }
        return MultimodalFusion.decide(
                List.of(new PartialSearch(others, comparisons, scored)),
                List.copyOf(faces.values()),
                face.isPresent() ? gallery.enrolledFaces() : 0,
                FaceImpostorModel.faces(),
                options);
    }

    /** Enters the subject's fingers and face into the gallery (which follows the transaction's outcome). */
    void enroll(UUID subject, Map<FingerPosition, EncodedTemplate> fingers, Optional<FaceDescriptor> face) {
        if (!fingers.isEmpty()) {
            gallery.enroll(subject, fingers);
        }
        face.ifPresent(descriptor -> gallery.enrollFace(subject, descriptor));
    }
}
