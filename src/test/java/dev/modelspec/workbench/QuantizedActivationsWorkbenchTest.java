package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Candidate;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.quantization.Quantization;
import dev.modelspec.workbench.fixtures.FirstTrainingImagesData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.proto.NodeDef;

/**
 * Quantization-aware fine-tuning with activations through the workbench, on the committed small CNN:
 * the certified candidate is the shipped graph with its activations quantized, and a chain that
 * extends the recipe is rebuilt with the quantization rather than continued from the cached weights,
 * which do not hold the ranges.
 */
class QuantizedActivationsWorkbenchTest {

    private static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small").toAbsolutePath();

    @Test
    void theCandidateShipsItsQuantizedActivationsAndAChainAfterItKeepsThem(@TempDir Path cache) throws Exception {
        Recipe quantizationAware = Recipe.of(FineTuning.epochs(1).batchSize(64).withOptimizer(Optimizer.adam(1e-4))
                .quantizationAware(Quantization.int8()).withActivations());
        WorkCounters counters = new WorkCounters();
        List<String> phases = new ArrayList<>();
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), phases::add, counters)) {
            Workbench.LoadedBaseline baseline = workbench.baseline(new BaselineRequest("fashion-cnn-small", SMALL_CNN, Set.of("serve"),
                    "serving_default", Optional.of(OutputKind.LOGITS), FashionMnistTest.class,
                    Optional.of(FirstTrainingImagesData.class), OptionalInt.of(500), 256));
            Candidate first = baseline.candidate("qat", quantizationAware);
            Candidate chained = baseline.candidate("qatThenInt8", quantizationAware.then(Quantization.int8().stored()));

            assertThat(first.savedModel().getFileName()).hasToString(CandidateBuilder.SHIPPED);
            assertThat(fakeQuantNodes(first.savedModel())).as("quantized activations of the certified candidate").isEqualTo(2);
            assertThat(fakeQuantNodes(chained.savedModel())).as("quantized activations after a later step").isEqualTo(2);
            assertThat(phases).as("the chain never continues from the cached weights").noneMatch(p -> p.startsWith("continue from"));
            assertThat(counters.compressions()).isEqualTo(2);
        }
    }

    private static long fakeQuantNodes(Path model) {
        try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve")) {
            return bundle.metaGraphDef().getGraphDef().getNodeList().stream().map(NodeDef::getOp)
                    .filter("FakeQuantWithMinMaxArgs"::equals).count();
        }
    }
}
