package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelHash;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.clustering.Clustering;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.recipe.quantization.Quantization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate's promise end to end: every candidate the workbench certifies on a real generated export
 * (the model's own graph with new values, or a shipped rewrite with int8 weights, cluster indices or
 * removed filters)
 * serves the certified accuracy in Python's {@code tf.saved_model.load}, on all 10,000 test images,
 * and the baseline is never written.
 */
@Tag("interop")
class CandidateInteropTest {

    private static final Map<String, Recipe> RECIPES = Map.of(
            "magnitude50", Recipe.prune(Pruning.magnitude().sparsity(0.5)),
            "int8", Recipe.of(Quantization.int8()),
            "clusters16", Recipe.of(Clustering.kMeans(16)),
            "prune50ThenInt8", Recipe.prune(Pruning.magnitude().sparsity(0.5)).then(Quantization.int8()),
            "int8Stored", Recipe.of(Quantization.int8().perChannel().stored()),
            "clusters16Stored", Recipe.of(Clustering.kMeans(16).stored()),
            "filtersRemoved", Recipe.prune(Pruning.filters().fraction(0.5).removing()));

    @ParameterizedTest
    @ValueSource(strings = {"keras3_cnn_export", "keras3_cnn_saved", "keras3_batchnorm_export", "tf_module",
            "tf1_variablev2"})
    void everyCertifiedCandidateServesItsAccuracyInPython(String name, @TempDir Path cache) throws Exception {
        GeneratedModel generated = GeneratedModels.get(name);
        String hashBefore = SavedModelHash.of(generated.directory());
        LabeledData test = FashionMnist.test();
        float[] inputs = new float[test.size() * test.exampleLength()];
        test.copyInputs(0, test.size(), inputs, 0);
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), new ArrayList<>()::add,
                new WorkCounters())) {
            Workbench.LoadedBaseline loaded = workbench.baseline(new BaselineRequest(name, generated.directory(),
                    Set.of("serve"), generated.signature(), Optional.empty(), FashionMnistTest.class, Optional.empty(),
                    OptionalInt.empty(), 256));
            Baseline baseline = loaded.baseline();
            assertThat(pythonAccuracy(generated, baseline.savedModel(), inputs, test)).as(name + " baseline in Python")
                    .isEqualTo(baseline.accuracy());
            for (Map.Entry<String, Recipe> recipe : RECIPES.entrySet()) {
                Candidate candidate = loaded.candidate(recipe.getKey(), recipe.getValue());
                assertThat(pythonAccuracy(generated, candidate.savedModel(), inputs, test))
                        .as(name + " " + recipe.getKey() + " certified at " + candidate.accuracy() + ", in Python")
                        .isEqualTo(candidate.accuracy());
            }
        }
        assertThat(SavedModelHash.of(generated.directory())).isEqualTo(hashBefore);
    }

    /** The accuracy Python's loader serves, counted from its outputs exactly as the evaluator counts. */
    private static double pythonAccuracy(GeneratedModel generated, Path model, float[] inputs, LabeledData test) {
        float[] outputs = PythonServing.run(Consumer.SAVED_MODEL, model, generated.signature(), inputKey(generated),
                inputs, test.size(), generated.exampleShape());
        return SameOutputs.accuracy(outputs, test);
    }

    private static String inputKey(GeneratedModel generated) {
        try (SavedModel model = SavedModel.open(SavedModelReference.of(generated.directory())
                .withSignature(generated.signature()))) {
            return model.signature().singleInput().key();
        }
    }
}
