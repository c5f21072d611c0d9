package mx.huella.engine.face.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ReadOnlyBufferException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelWeightsTest {

    @ParameterizedTest
    @CsvSource({
        "TINY_FACE_DETECTOR,    19,   193321",
        "FACE_RECOGNITION,     117,  5614592",
        "FACE_LANDMARK_68,      49,   356840",
        "FACE_LANDMARK_68_TINY, 28,    77224"
    })
    void loadsEveryTensorOfEachModelFromTheClassPath(FaceModel model, int tensors, long values) {
        ModelWeights weights = ModelWeights.load(model);

        assertThat(weights.model()).isEqualTo(model);
        assertThat(weights.tensorCount()).isEqualTo(tensors);
        assertThat(weights.names()).hasSize(tensors).doesNotHaveDuplicates();
        assertThat(weights.valueCount()).isEqualTo(values);
        assertThat(weights.names().stream()
                        .mapToLong(name -> weights.tensor(name).size())
                        .sum())
                .isEqualTo(values);
    }

    @ParameterizedTest
    @CsvSource({
        "TINY_FACE_DETECTOR,     193321",
        "FACE_RECOGNITION,      6444032",
        "FACE_LANDMARK_68,       356840",
        "FACE_LANDMARK_68_TINY,   77224"
    })
    void manifestDescribesExactlyTheShippedShardBytes(FaceModel model, long bytes) {
        WeightsManifest manifest = Manifests.onClassPath(model);

        assertThat(manifest.groups()).singleElement().satisfies(group -> {
            assertThat(group.paths()).containsExactly(model.fileStem() + ".bin");
            assertThat(group.byteLength()).isEqualTo(bytes);
        });
    }

    @Test
    void recognitionModelStoresTheEightConv64FiltersAsRawFloat32() {
        List<TensorSpec> raw = Manifests.onClassPath(FaceModel.FACE_RECOGNITION).groups().get(0).tensors().stream()
                .filter(spec -> spec.storage() == TensorSpec.Storage.FLOAT32)
                .toList();

        assertThat(raw)
                .extracting(TensorSpec::name)
                .containsExactly(
                        "conv64_down/conv1/conv/filters", "conv64_down/conv2/conv/filters",
                        "conv64_1/conv1/conv/filters", "conv64_1/conv2/conv/filters",
                        "conv64_2/conv1/conv/filters", "conv64_2/conv2/conv/filters",
                        "conv64_3/conv1/conv/filters", "conv64_3/conv2/conv/filters");
        assertThat(raw.stream().mapToLong(TensorSpec::size).sum()).isEqualTo(276_480);
        assertThat(raw.stream().mapToLong(TensorSpec::byteLength).sum()).isEqualTo(1_105_920);
    }

    @Test
    void rawFloat32FiltersAreReadAsLittleEndianFloats() {
        Tensor filters = ModelWeights.load(FaceModel.FACE_RECOGNITION).tensor("conv64_down/conv1/conv/filters");

        assertThat(filters.shape()).containsExactly(3, 3, 32, 64);
        // Weights of a trained conv are small; a byte-order mistake turns them into huge or denormal numbers.
        for (int i = 0; i < filters.size(); i++) {
            assertThat(Math.abs(filters.get(i))).isLessThan(10f);
        }
    }

    @Test
    void tinyLandmarkModelKeepsItsDeadAllZeroDense0Conv2Filters() {
        ModelWeights weights = ModelWeights.load(FaceModel.FACE_LANDMARK_68_TINY);

        for (String name : List.of("dense0/conv2/depthwise_filter", "dense0/conv2/pointwise_filter")) {
            assertThat(weights.tensor(name).toArray()).containsOnly(0f);
        }
        assertThat(weights.tensor("dense0/conv2/bias").toArray()).isNotEqualTo(new float[32]);
    }

    @Test
    void dequantisesInDoubleThenRoundsToFloatAsTfjsDoes() {
        Tensor bias = ModelWeights.load(FaceModel.FACE_LANDMARK_68_TINY).tensor("dense0/conv2/bias");
        double scale = 0.0037702228508743585;
        double min = -0.6220867703942692;

        for (int i = 0; i < bias.size(); i++) {
            double q = (bias.get(i) - min) / scale;
            long nearest = Math.round(q);
            assertThat(bias.get(i)).isEqualTo((float) (nearest * scale + min));
        }
    }

    @Test
    void keepsManifestOrderForTensorNames() {
        ModelWeights weights = ModelWeights.load(FaceModel.TINY_FACE_DETECTOR);

        assertThat(weights.names()).startsWith("conv0/filters", "conv0/bias").endsWith("conv8/filters", "conv8/bias");
    }

    @Test
    void refusesToHandOutItsInternalState() {
        Tensor tensor = ModelWeights.load(FaceModel.TINY_FACE_DETECTOR).tensor("conv0/filters");
        float first = tensor.get(0);

        tensor.shape()[0] = 99;
        tensor.toArray()[0] = 99f;

        assertThat(tensor.shape()).containsExactly(3, 3, 3, 16);
        assertThat(tensor.get(0)).isEqualTo(first);
        assertThatThrownBy(() -> tensor.values().put(0, 1f)).isInstanceOf(ReadOnlyBufferException.class);
        assertThatThrownBy(() ->
                        ModelWeights.load(FaceModel.TINY_FACE_DETECTOR).names().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheModelAndTensorWhenATensorIsMissing() {
        ModelWeights weights = ModelWeights.load(FaceModel.FACE_LANDMARK_68);

        assertThat(weights.contains("conv99/bias")).isFalse();
        assertThatThrownBy(() -> weights.tensor("conv99/bias"))
                .isInstanceOf(FaceWeightsException.class)
                .hasMessage("face_landmark_68_model has no tensor 'conv99/bias'");
    }
}
