package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline against face-api's {@code pipeline_tiny416_*} results on the oracle's PNG fixtures. */
class FacePipelineParityTest {

    private static FacePipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = FacePipeline.load();
    }

    private static Optional<Path> referenceData() {
        return ReferenceData.directory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample1-half.png", "sample2-half.png", "sample3-half.png"})
    void describesTheSameFacesAsFaceApi(String image) {
        Optional<Path> directory = referenceData();
        assumeTrue(directory.isPresent(), "shared/data/face-reference is absent: skipping the pipeline parity test");
        Map<String, Object> oracle = TestJson.object(
                ReferenceData.oracleCases(directory.get(), "oracle-cpu.json").get("pipeline_tiny416_" + image));
        List<Object> expected = TestJson.array(oracle.get("faces"));

        List<DescribedFace> actual =
                pipeline.describeAll(PngImages.read(directory.get().resolve(image)));

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertSameFace(actual.get(i), TestJson.object(expected.get(i)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample1-half.png", "sample3-half.png"})
    void describesTheFaceWithTheLargestBoxAsLargest(String image) {
        Optional<Path> directory = referenceData();
        assumeTrue(directory.isPresent(), "shared/data/face-reference is absent: skipping the pipeline parity test");
        RgbImage photo = PngImages.read(directory.get().resolve(image));
        List<DescribedFace> all = new ArrayList<>(pipeline.describeAll(photo));
        all.sort((a, b) -> Double.compare(b.area(), a.area()));

        assertThat(pipeline.describeLargest(photo)).contains(all.get(0));
    }

    private static void assertSameFace(DescribedFace face, Map<String, Object> expected) {
        float[] box = TestJson.floats(expected.get("box"));
        assertThat(face.box().score()).isCloseTo((Double) expected.get("score"), within(1e-4));
        assertThat(new double[] {
                    face.box().x(),
                    face.box().y(),
                    face.box().width(),
                    face.box().height()
                })
                .containsExactly(new double[] {box[0], box[1], box[2], box[3]}, within(1e-2));
        List<Object> points = TestJson.array(expected.get("landmarks"));
        for (int i = 0; i < Landmarks.COUNT; i++) {
            List<Object> point = TestJson.array(points.get(i));
            assertThat(face.landmarks().x(i)).isCloseTo((Double) point.get(0), within(1e-2));
            assertThat(face.landmarks().y(i)).isCloseTo((Double) point.get(1), within(1e-2));
        }
        float[] rect = TestJson.floats(expected.get("dlibAlignRect"));
        assertThat(face.alignment())
                .isEqualTo(new PixelRect((int) rect[0], (int) rect[1], (int) rect[2], (int) rect[3]));
        float[] descriptor = TestJson.floats(expected.get("descriptor"));
        float[] values = face.descriptor().values();
        for (int i = 0; i < FaceDescriptor.LENGTH; i++) {
            assertThat(values[i]).as("descriptor[%d]", i).isCloseTo(descriptor[i], within(1e-4f));
        }
        assertThat(face.descriptor().distanceTo(new FaceDescriptor(descriptor))).isLessThan(1e-4);
    }
}
