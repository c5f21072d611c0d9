package mx.huella.engine.search.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GalleryClusterTest {
    private static final SyntheticTemplates SYNTHETIC = new SyntheticTemplates(99);
    private static GalleryCluster node;

    @BeforeAll
    static void startASingleNode() {
        ClusterSettings defaults = ClusterSettings.singleNode();
        node = GalleryCluster.start(new ClusterSettings(
                "huella-single-" + ProcessHandle.current().pid(),
                defaults.bindAddress(),
                ClusterProcesses.freePort(),
                List.of(),
                false,
                1_000,
                defaults.failureDetectionSeconds()));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aSingleNodeNeedsNoSettingsBeyondTheDefaultsAndListensOnLoopbackOnly() {
        assertThat(ClusterSettings.singleNode().members()).isEmpty();
        assertThat(ClusterSettings.singleNode().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(node.members()).hasSize(1);
        assertThat(node.localMember().getAddress().getHost()).isEqualTo("127.0.0.1");
        assertThat(node.partitionsOwned()).containsValue(node.partitionCount());
    }

    @Test
    void theNearestFacesAreExactlyThoseAnExhaustiveScanFindsAndARemovedFaceIsGone() {
        java.util.Random random = new java.util.Random(5);
        Map<String, mx.huella.engine.face.FaceDescriptor> enrolled = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {
            float[] values = new float[mx.huella.engine.face.FaceDescriptor.LENGTH];
            for (int j = 0; j < values.length; j++) {
                values[j] = (float) (random.nextGaussian() * 0.09);
            }
            enrolled.put("face-" + i, new mx.huella.engine.face.FaceDescriptor(values));
        }
        node.putFaces(enrolled);
        mx.huella.engine.face.FaceDescriptor probe = enrolled.get("face-7");
        List<String> exhaustive = enrolled.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> e.getValue().distanceTo(probe)))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();

        List<mx.huella.engine.face.FaceGallery.Match> nearest = node.nearestFaces(probe, 5);
        node.remove("face-7");
        assertThat(node.faces()).isEqualTo(299);

        assertThat(nearest)
                .extracting(mx.huella.engine.face.FaceGallery.Match::reference)
                .containsExactlyElementsOf(exhaustive);
        assertThat(nearest.getFirst().distance()).isZero();
        assertThat(node.nearestFaces(probe, 4))
                .extracting(mx.huella.engine.face.FaceGallery.Match::reference)
                .containsExactlyElementsOf(exhaustive.subList(1, 5));
        enrolled.keySet().forEach(node::remove);
        assertThat(node.faces()).isZero();
    }

    @Test
    void findsWhatWasEnrolledAndNeverWhatWasRemoved() {
        node.put("alma", Map.of(FingerPosition.RIGHT_THUMB, template(1, 0), FingerPosition.LEFT_THUMB, template(2, 0)));
        node.put("beto", Map.of(FingerPosition.RIGHT_THUMB, template(3, 0)));

        assertThat(node.identify(Map.of(FingerPosition.RIGHT_THUMB, template(1, 1)), SearchOptions.defaults())
                        .hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo("alma");

        node.remove("alma");

        assertThat(node.contains("alma")).isFalse();
        assertThat(node.identify(Map.of(FingerPosition.RIGHT_THUMB, template(1, 1)), SearchOptions.defaults())
                        .candidates())
                .extracting(Candidate::reference)
                .doesNotContain("alma");
        assertThat(node.identify(Map.of(FingerPosition.RIGHT_THUMB, template(3, 1)), SearchOptions.defaults())
                        .hit())
                .get()
                .extracting(Candidate::reference)
                .isEqualTo("beto");
    }

    @Test
    void aBatchPutFromARebuildIsSearchableOnceItReturns() {
        Map<String, Map<FingerPosition, EncodedTemplate>> batch = new java.util.HashMap<>();
        for (int person = 0; person < 40; person++) {
            batch.put("batch-" + person, Map.of(FingerPosition.RIGHT_MIDDLE, template(700 + person, 0)));
        }

        node.putAll(batch);

        for (int person = 0; person < 40; person += 13) {
            assertThat(node.identify(
                                    Map.of(FingerPosition.RIGHT_MIDDLE, template(700 + person, 1)),
                                    SearchOptions.defaults())
                            .hit())
                    .get()
                    .extracting(Candidate::reference)
                    .isEqualTo("batch-" + person);
        }
        assertThat(node.contains("batch-39")).isTrue();
    }

    @Test
    void aBatchWithOneBadEntryWritesNothing() {
        Map<String, Map<FingerPosition, EncodedTemplate>> batch = new java.util.LinkedHashMap<>();
        batch.put("good-one", Map.of(FingerPosition.RIGHT_RING, template(900, 0)));
        batch.put("slap", Map.of(FingerPosition.PLAIN_THUMBS, template(901, 0)));

        assertThatThrownBy(() -> node.putAll(batch)).isInstanceOf(IllegalArgumentException.class);

        assertThat(node.contains("good-one")).isFalse();
    }

    @Test
    void aReEnrollmentReplacesEveryFingerOfTheReference() {
        node.put("caro", Map.of(FingerPosition.LEFT_INDEX, template(10, 0)));
        node.put("caro", Map.of(FingerPosition.LEFT_MIDDLE, template(11, 0)));

        assertThat(node.identify(Map.of(FingerPosition.LEFT_INDEX, template(10, 1)), SearchOptions.defaults())
                        .hit())
                .isEmpty();
        assertThat(node.identify(Map.of(FingerPosition.LEFT_MIDDLE, template(11, 1)), SearchOptions.defaults())
                        .hit())
                .isPresent();
    }

    @Test
    void refusesEmptyEnrollmentsSlapsAndBadProbesBeforeAskingTheMembers() {
        assertThatThrownBy(() -> node.put("x", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> node.put("x", Map.of(FingerPosition.PLAIN_THUMBS, template(1, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> node.identify(Map.of(), SearchOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFingerSetReadsBackAsWrittenAndATruncatedOneIsRefused() {
        Map<FingerPosition, EncodedTemplate> fingers =
                Map.of(FingerPosition.RIGHT_RING, template(5, 0), FingerPosition.LEFT_LITTLE, template(6, 0));
        byte[] bytes = FingerSet.encode(fingers);

        Map<FingerPosition, EncodedTemplate> back = FingerSet.decode(bytes);

        assertThat(back).containsOnlyKeys(fingers.keySet());
        back.forEach((position, template) -> assertThat(template.toByteArray())
                .isEqualTo(fingers.get(position).toByteArray()));
        assertThatThrownBy(() -> FingerSet.decode(java.util.Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EncodedTemplate template(long finger, int impression) {
        return TemplateInterchange.importRecord(SYNTHETIC.impression(finger, impression))
                .get(0)
                .template();
    }
}
