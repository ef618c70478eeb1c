package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ActivationQuantization;
import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.model.graph.FakeQuantization;
import dev.modelspec.model.graph.FlatGraph;
import dev.modelspec.model.graph.FlatGraphSession;
import dev.modelspec.model.graph.FlatVariable;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.model.graph.SavedModelFlattening;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.quantization.Quantization;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;

/**
 * Quantization-aware fine-tuning with activations on the committed small CNN (Conv2D 12 3×3 + ReLU,
 * MaxPool, Dense 10 logits): the shipped candidate (int8 weights, activations through {@code
 * FakeQuantWithMinMaxArgs}) computes what the training graph's quantized forward pass computes with
 * the trained weights, and its quantized activation really takes at most 256 values.
 */
class QuantizedActivationsFineTuningTest {

    private static final SavedModelReference SMALL_CNN = SavedModelReference.of(Path.of("examples/models/fashion-cnn-small"));
    private static final LabeledData TRAINING = FashionMnist.train().first(512);
    private static final LabeledData TEST = FashionMnist.test().first(256);
    /** Logits of the shipped graph against the training graph's forward pass, both on the same grids (measured: 0.0, bit for bit). */
    static final double TOLERANCE = 1e-5;

    private final QuantizationAwareFineTuning step = FineTuning.epochs(1).batchSize(64).withOptimizer(Optimizer.adam(1e-3))
            .quantizationAware(Quantization.int8().stored()).withActivations();

    @Test
    void theShippedCandidateComputesTheTrainedQuantizedForwardPass(@TempDir Path dir) {
        Path shipped = dir.resolve("shipped");
        AtomicReference<ActivationRanges> ranges = new AtomicReference<>();
        float[] trainedForward;
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet weights = model.readWeights();
            step.apply(weights, TrainingContext.of(42, new TrainingSetup(model, TRAINING, "train")).shippingActivationRanges(ranges::set));
            model.writeWeights(weights);
            FlatGraph flat = SavedModelFlattening.inline(model);
            assertThat(ranges.get().ranges()).as("quantized activations").containsOnlyKeys(ActivationQuantization.sites(flat, kernels(model, flat)));
            trainedForward = forwardPass(flat, SavedModelFlattening.readValues(model, flat), kernels(model, flat), ranges.get());
            ExportReport report = CompressedExport.of(model).storing(WeightStorage.INT8).quantizingActivations(ranges.get()).write(shipped);
            assertThat(report.notes()).as("weights left float32").isEmpty();
        }
        String site = ranges.get().ranges().keySet().iterator().next();
        try (SavedModelBundle bundle = SavedModelBundle.load(shipped.toString(), "serve")) {
            List<float[]> fetched = run(bundle, "serving_default", site + "/activation_quant/quantize", site);

            assertThat(SameOutputs.maxDifference(fetched.get(0), trainedForward)).as("shipped logits against the trained forward pass")
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(distinct(fetched.get(1))).as("distinct values of the quantized %s", site).isLessThanOrEqualTo(256);
            assertThat(distinct(fetched.get(2))).as("distinct values of %s before quantization", site).isGreaterThan(256);
        }
    }

    @Test
    void theActivationsArePartOfTheCanonicalFormAndNeedARunThatShipsTheirRanges() {
        assertThat(step.canonicalForm()).isEqualTo("qat(finetune(epochs=1,batchSize=64,optimizer=adam(0.001)),"
                + "quantize.int8(scheme=symmetric,granularity=per-tensor,storage=int8),activations=int8)");
        assertThat(step.quantizesActivations()).isTrue();
        assertThat(FineTuning.epochs(1).quantizationAware(Quantization.int8()).quantizesActivations()).isFalse();
        assertThat(Recipe.of(step).rewritesTheGraph()).as("the shipped model is the rewritten graph").isTrue();
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet weights = model.readWeights();
            assertThatThrownBy(() -> step.apply(weights, TrainingContext.of(42, new TrainingSetup(model, TRAINING, "train"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ships no rewritten model");
        }
    }

    /** The training graph's forward pass (weights and activations through their grids) on {@link #TEST}. */
    private static float[] forwardPass(FlatGraph flat, Map<String, dev.modelspec.model.FloatTensor> values, List<String> kernels,
            ActivationRanges ranges) {
        FlatGraph trained = ActivationQuantization.forTraining(new FakeQuantization(true, false).applyTo(flat, kernels), ranges);
        try (FlatGraphSession session = FlatGraphSession.open(trained); Tensor x = examples()) {
            session.load(values);
            return session.run(Map.of(flat.inputs().keySet().iterator().next(), x), flat.outputs().keySet().iterator().next()).values();
        }
    }

    private static List<String> kernels(SavedModel model, FlatGraph flat) {
        Set<String> prunable = new HashSet<>();
        model.variables().stream().filter(v -> v.role() == VariableRole.PRUNABLE_WEIGHT).forEach(v -> prunable.add(v.name()));
        return flat.variables().stream().filter(v -> prunable.contains(v.sourceVariable())).map(FlatVariable::name).toList();
    }

    /** The signature's output, then the tensors {@code names}, on {@link #TEST}. */
    private static List<float[]> run(SavedModelBundle bundle, String key, String... names) {
        SignatureDef signature = bundle.metaGraphDef().getSignatureDefMap().get(key);
        try (Tensor x = examples()) {
            var runner = bundle.session().runner().feed(signature.getInputsMap().values().iterator().next().getName(), x)
                    .fetch(signature.getOutputsMap().values().iterator().next().getName());
            for (String name : names) {
                runner.fetch(name);
            }
            try (Result result = runner.run()) {
                return java.util.stream.IntStream.range(0, names.length + 1).mapToObj(i -> floats(result.get(i))).toList();
            }
        }
    }

    private static Tensor examples() {
        float[] pixels = new float[TEST.size() * TEST.exampleLength()];
        TEST.copyInputs(0, TEST.size(), pixels, 0);
        return TFloat32.tensorOf(Shape.of(TEST.size(), 28, 28), DataBuffers.of(pixels, true, false));
    }

    private static float[] floats(Tensor tensor) {
        float[] values = new float[Math.toIntExact(tensor.shape().size())];
        tensor.asRawTensor().data().asFloats().read(values);
        return values;
    }

    private static long distinct(float[] values) {
        Set<Float> seen = new HashSet<>();
        for (float v : values) {
            seen.add(v);
        }
        return seen.size();
    }
}
