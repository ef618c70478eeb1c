package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.model.SavedModelHash;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.clustering.Clustering;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.recipe.quantization.Quantization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recipes that ship a rewritten SavedModel: the workbench certifies the rewrite itself (stored
 * int8 or float16 weights, removed filters), which computes what the float candidate computes and
 * is smaller.
 */
class ShippedModelsTest {

    private static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small").toAbsolutePath();

    @Test
    void storedWeightsShipSmallerAndScoreExactlyAsTheSimulatedCandidate(@TempDir Path cache) throws Exception {
        String hashBefore = SavedModelHash.of(SMALL_CNN);
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), new ArrayList<>()::add,
                new WorkCounters())) {
            Workbench.LoadedBaseline loaded = workbench.baseline(request());
            Baseline baseline = loaded.baseline();
            Candidate simulated = loaded.candidate("int8", Recipe.of(Quantization.int8().perChannel()));
            Candidate stored = loaded.candidate("int8Stored", Recipe.of(Quantization.int8().perChannel().stored()));
            Candidate half = loaded.candidate("float16Stored", Recipe.of(Quantization.float16().stored()));

            assertThat(stored.savedModel().getFileName().toString()).isEqualTo(CandidateBuilder.SHIPPED);
            assertThat(stored.accuracy()).isEqualTo(simulated.accuracy());
            assertThat(stored.agreement()).isEqualTo(simulated.agreement());
            assertThat(simulated.size().savedModelBytes()).isEqualTo(baseline.size().savedModelBytes());
            // The Java-trained baseline also holds Adam's slots and a train signature; the shipped model serves only.
            assertThat((double) stored.size().savedModelBytes()).isLessThan(0.35 * baseline.size().savedModelBytes());
            assertThat(half.size().savedModelBytes()).isGreaterThan(stored.size().savedModelBytes())
                    .isLessThan(baseline.size().savedModelBytes());
            assertThat(half.accuracy()).isCloseTo(baseline.accuracy(), within(0.002));
        }
        assertThat(SavedModelHash.of(SMALL_CNN)).isEqualTo(hashBefore);
    }

    @Test
    void clusteredWeightsShipAsIndicesAndACodebookAndScoreExactlyAsTheSimulatedCandidate(@TempDir Path cache) throws Exception {
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), new ArrayList<>()::add,
                new WorkCounters())) {
            Workbench.LoadedBaseline loaded = workbench.baseline(request());
            Candidate simulated = loaded.candidate("clusters16", Recipe.of(Clustering.kMeans(16)));
            Candidate stored = loaded.candidate("clusters16Stored", Recipe.of(Clustering.kMeans(16).stored()));
            Candidate half = loaded.candidate("float16Stored", Recipe.of(Quantization.float16().stored()));

            assertThat(stored.savedModel().getFileName().toString()).isEqualTo(CandidateBuilder.SHIPPED);
            assertThat(Files.readString(stored.savedModel().resolveSibling(CandidateBuilder.SHIPPED_NOTES))).isEmpty();
            assertThat(stored.accuracy()).isEqualTo(simulated.accuracy());
            assertThat(stored.agreement()).isEqualTo(simulated.agreement());
            assertThat((double) stored.size().savedModelBytes()).isLessThan(0.35 * loaded.baseline().size().savedModelBytes())
                    .as("one byte per weight, below float16's two").isLessThan(half.size().savedModelBytes());
        }
    }

    @Test
    void removedFiltersShipASmallerModelThatScoresAsTheZeroedOne(@TempDir Path cache) throws Exception {
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), new ArrayList<>()::add,
                new WorkCounters())) {
            Workbench.LoadedBaseline loaded = workbench.baseline(request());
            Candidate zeroed = loaded.candidate("zeroed", Recipe.prune(Pruning.filters().fraction(0.5)));
            Candidate removed = loaded.candidate("removed", Recipe.prune(Pruning.filters().fraction(0.5).removing()));

            assertThat(removed.savedModel().getFileName().toString()).isEqualTo(CandidateBuilder.SHIPPED);
            assertThat(Files.readString(removed.savedModel().resolveSibling(CandidateBuilder.SHIPPED_NOTES)))
                    .as("what the rewrite left alone").isNotNull();
            assertThat(removed.accuracy()).isCloseTo(zeroed.accuracy(), within(0.0005));
            assertThat(removed.size().savedModelBytes()).isLessThan(zeroed.size().savedModelBytes() / 2);
        }
    }

    private static BaselineRequest request() {
        return new BaselineRequest("examples/models/fashion-cnn-small", SMALL_CNN, Set.of("serve"), "serving_default",
                Optional.of(OutputKind.LOGITS), FashionMnistTest.class, Optional.empty(), OptionalInt.empty(), 256);
    }
}
