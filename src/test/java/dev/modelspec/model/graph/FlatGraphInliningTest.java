package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The flat graph of real exports computes what the original computes, with the original's weights copied in. */
@Tag("interop")
class FlatGraphInliningTest {

    private static final int ROWS = 64;

    @ParameterizedTest
    @ValueSource(strings = {"keras3_export_cnn", "tf1_graph", "keras3_bn_dropout", "keras3_embedding",
            "keras3_regression"})
    void theFlatGraphServesWhatTheOriginalServes(String kind) throws Exception {
        Path model = GeneratedModels.get(kind).directory();
        try (SavedModel opened = SavedModel.open(SavedModelReference.of(model));
                SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve")) {
            FlatGraph flat = SavedModelFlattening.inline(opened);
            assertThat(flat.graphDef().getNodeList()).extracting(NodeDef::getOp)
                    .doesNotContain("StatefulPartitionedCall", "PartitionedCall", "NoOp", "VariableV2");
            assertThat(flat.graphDef().getLibrary().getFunctionCount()).isZero();
            assertThat(flat.variables()).isNotEmpty().allSatisfy(v -> assertThat(opened.variables())
                    .anySatisfy(original -> assertThat(original.name()).isEqualTo(v.sourceVariable())));
            SignatureDef signature = bundle.metaGraphDef().getSignatureDefMap().get("serving_default");
            String inputKey = signature.getInputsMap().keySet().iterator().next();
            String outputKey = signature.getOutputsMap().keySet().iterator().next();
            try (Tensor input = sampleInput(kind, signature.getInputsMap().get(inputKey).getTensorShape().getDimList().stream()
                            .mapToLong(d -> d.getSize() < 0 ? ROWS : d.getSize()).toArray());
                    Result result = bundle.session().runner().feed(signature.getInputsMap().get(inputKey).getName(), input)
                            .fetch(signature.getOutputsMap().get(outputKey).getName()).run();
                    FlatGraphSession session = FlatGraphSession.open(flat)) {
                FloatTensor expected = FlatGraphSession.floats(result.get(0));
                session.load(SavedModelFlattening.readValues(opened, flat));
                FloatTensor actual = session.run(Map.of(inputKey, input), outputKey);
                assertThat(actual.shape()).containsExactly(expected.shape());
                SameOutputs.Comparison comparison = SameOutputs.compare(expected.values(), actual.values(), (int) expected.dimension(-1));
                assertThat(comparison.maxAbsDifference()).isLessThanOrEqualTo(1e-5);
                assertThat(comparison.differentArgmax()).isZero();
                float[] values = expected.values();
                assertThat(IntStream.range(0, values.length).filter(i -> values[i] != values[0]).count()).as("outputs unlike the first").isPositive();
            }
        }
    }

    /**
     * A Keras 3 {@code tf.saved_model.save} export: TF Java's loader does not restore the handles its
     * serving function captures (the model layer's object-graph binding fixes that), so only the
     * structure is checked here: every weight comes from a handle the serving call takes.
     */
    @Test
    void theWeightsOfASavedModelSaveExportAreTheHandlesItsServingCallCaptures() throws Exception {
        Path model = GeneratedModels.get("keras3_saved_mlp").directory();
        SavedModelReference reference = SavedModelReference.of(model);
        MetaGraphDef metaGraph = SavedModelFlattening.metaGraph(model, reference);
        FlatGraph flat = FlatGraph.inline(metaGraph, "serving_default");
        String call = metaGraph.getSignatureDefMap().get("serving_default").getOutputsMap().values().iterator().next()
                .getName().split(":")[0];
        List<String> captures = metaGraph.getGraphDef().getNodeList().stream().filter(n -> n.getName().equals(call))
                .findFirst().orElseThrow().getInputList();
        assertThat(flat.variables()).extracting(FlatVariable::sourceHandle).hasSize(4).allSatisfy(h -> assertThat(captures).contains(h));
        assertThat(flat.variables()).extracting(FlatVariable::shape)
                .containsExactlyInAnyOrder(new long[] {784, 32}, new long[] {32}, new long[] {32, 10}, new long[] {10});
    }

    static Tensor sampleInput(String kind, long[] shape) throws Exception {
        int count = Math.toIntExact(FloatTensor.elementCount(shape));
        if (kind.equals("keras3_embedding")) {
            Random random = new Random(7);
            int[] tokens = new int[count];
            Arrays.setAll(tokens, i -> random.nextInt(50));
            return TInt32.tensorOf(Shape.of(shape), DataBuffers.of(tokens, true, false));
        }
        float[] examples = Arrays.copyOf(GeneratedModels.get(kind).floats("x.f32"), count);
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(examples, true, false));
    }
}
