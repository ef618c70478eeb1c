package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelAccessException;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;

/** A flat export loads and serves the same in TF Java, Python TF and the TFLite converter's interpreter. */
@Tag("interop")
class FlatSavedModelWriterTest {

    private static final int ROWS = 32;

    @TempDir
    Path temporary;

    @ParameterizedTest
    @ValueSource(strings = {"keras3_export_cnn", "tf1_graph", "keras3_bn_dropout"})
    void aFlatExportServesTheSameInEveryLoader(String kind) throws Exception {
        GeneratedModel generated = GeneratedModels.get(kind);
        Path target = temporary.resolve("flat");
        float[] examples = Arrays.copyOf(generated.floats("x.f32"), ROWS * 784);
        long[] shape = {ROWS, 28, 28, 1};
        FloatTensor expected;
        try (SavedModel opened = SavedModel.open(SavedModelReference.of(generated.directory()))) {
            FlatGraph flat = SavedModelFlattening.inline(opened);
            Map<String, FloatTensor> values = SavedModelFlattening.readValues(opened, flat);
            try (FlatGraphSession session = FlatGraphSession.open(flat); Tensor x = floats(examples, shape)) {
                session.load(values);
                expected = session.run(Map.of(flat.inputs().keySet().iterator().next(), x), flat.outputs().keySet().iterator().next());
            }
            FlatSavedModelWriter.write(flat, values, target);
            assertThatThrownBy(() -> FlatSavedModelWriter.write(flat, values, target))
                    .isInstanceOf(ModelAccessException.class).hasMessageContaining(target.toString()).hasMessageContaining("exists");
        }
        assertThat(target.resolve("variables/variables.index")).isRegularFile();

        try (SavedModelBundle reloaded = SavedModelBundle.load(target.toString(), "serve"); Tensor x = floats(examples, shape)) {
            assertThat(reloaded.metaGraphDef().getSignatureDefMap()).containsOnlyKeys("serving_default");
            assertThat(reloaded.metaGraphDef().hasObjectGraphDef()).isFalse();
            SignatureDef signature = reloaded.metaGraphDef().getSignatureDefMap().get("serving_default");
            try (Result result = reloaded.session().runner().feed(signature.getInputsMap().values().iterator().next().getName(), x)
                    .fetch(signature.getOutputsMap().values().iterator().next().getName()).run()) {
                assertThat(FlatGraphSession.floats(result.get(0)).values()).containsExactly(expected.values());
            }
        }

        long[] exampleShape = Arrays.copyOfRange(shape, 1, shape.length);
        int classes = (int) expected.dimension(-1);
        SameOutputs.Comparison python = SameOutputs.compare(expected.values(),
                PythonServing.run(Consumer.SAVED_MODEL, target, "serving_default", null, examples, ROWS, exampleShape), classes);
        SameOutputs.Comparison lite = SameOutputs.compare(expected.values(),
                PythonServing.run(Consumer.TFLITE, target, "serving_default", null, examples, ROWS, exampleShape), classes);
        assertThat(python.maxAbsDifference()).as("Python TF").isLessThanOrEqualTo(1e-5);
        assertThat(python.differentArgmax()).isZero();
        assertThat(lite.maxAbsDifference()).as("TFLite").isLessThanOrEqualTo(1e-4);
        assertThat(lite.differentArgmax()).isZero();
    }

    private static Tensor floats(float[] values, long[] shape) {
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }
}
