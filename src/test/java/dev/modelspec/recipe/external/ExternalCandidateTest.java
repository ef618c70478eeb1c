package dev.modelspec.recipe.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.modelspec.engine.ModelSpecConstants;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.external.fixtures.ExternalCandidateSpec;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.train.SequentialModelBuilder;
import dev.modelspec.train.TrainableModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class ExternalCandidateTest {

    private static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small").toAbsolutePath();

    @TempDir
    Path dir;

    /** The small CNN pruned to 50% by one global threshold and exported, as another tool would hand it over. */
    private Path prunedElsewhere() {
        Path target = dir.resolve("pruned-elsewhere");
        try (SavedModel model = SavedModel.open(SavedModelReference.of(SMALL_CNN))) {
            WeightSet weights = model.readWeights();
            Pruning.magnitude().sparsity(0.5).global().apply(weights, StepContext.seeded(1));
            model.writeWeights(weights);
            model.exportTo(target, ExportOptions.asIs());
        }
        return target;
    }

    @Test
    void replacesEveryWeightByTheOtherModelsAndNamesItsContentInTheCanonicalForm() {
        Path pruned = prunedElsewhere();
        ExternalCandidate step = ExternalCandidate.savedModel(pruned);
        WeightSet weights;
        WeightSet expected;
        try (SavedModel baseline = SavedModel.open(SavedModelReference.of(SMALL_CNN));
                SavedModel other = SavedModel.open(SavedModelReference.of(pruned))) {
            weights = baseline.readWeights();
            expected = other.readWeights();
        }

        step.apply(weights, StepContext.seeded(1));

        assertThat(weights.entries()).hasSameSizeAs(expected.entries()).allSatisfy(entry ->
                assertThat(entry.tensor().values()).containsExactly(expected.get(entry.variable().name()).tensor().values()));
        assertThat(weights.prunableSparsity()).isGreaterThan(0.49);
        assertThat(step.canonicalForm()).matches("external\\.savedModel\\(path=.*pruned-elsewhere,sha256=[0-9a-f]{64}\\)");
    }

    private Path exported(String name, SequentialModelBuilder builder) throws java.io.IOException {
        Path target = dir.resolve(name);
        try (TrainableModel model = builder.build()) {
            model.export(target);
        }
        return target;
    }

    @Test
    void aModelOfTheBaselinesArchitectureHasItsWeightsCopiedNotShippedInstead() {
        Path pruned = prunedElsewhere();
        try (SavedModel baseline = SavedModel.open(SavedModelReference.of(SMALL_CNN))) {
            assertThat(ExternalCandidate.savedModel(pruned).shippedInstead(baseline, baseline.readWeights())).isEmpty();
        }
    }

    @Test
    void aModelOfAnotherGraphThatServesLikeTheBaselineIsShippedInstead() throws java.io.IOException {
        Path mlp = exported("mlp", SequentialModelBuilder.withInput(28, 28).flatten().dense(10, false));
        ExternalCandidate step = ExternalCandidate.savedModel(mlp);
        try (SavedModel baseline = SavedModel.open(SavedModelReference.of(SMALL_CNN))) {
            WeightSet weights = baseline.readWeights();

            assertThat(step.shippedInstead(baseline, weights)).contains(mlp.toAbsolutePath().normalize());
            assertThatThrownBy(() -> step.apply(weights, StepContext.seeded(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The SavedModel " + mlp.toAbsolutePath())
                    .hasMessageContaining("is shipped as it is by the workbench");
        }
    }

    @Test
    void aModelOfAnotherGraphThatServesOtherwiseIsRejectedNamingBothDirectoriesAndTheDifference()
            throws java.io.IOException {
        Path flat = exported("flat", SequentialModelBuilder.withInput(784).dense(10, false));
        try (SavedModel baseline = SavedModel.open(SavedModelReference.of(SMALL_CNN))) {
            WeightSet weights = baseline.readWeights();

            assertThatThrownBy(() -> ExternalCandidate.savedModel(flat).shippedInstead(baseline, weights))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The external candidate " + flat.toAbsolutePath() + " has another graph than "
                            + "the baseline " + SMALL_CNN)
                    .hasMessageContaining("its input 'input' is DT_FLOAT[-1, 784], the baseline's DT_FLOAT[-1, 28, 28]")
                    .hasMessageContaining("Export it with the baseline's signature 'serving_default'");
        }
        Path otherKey = exported("other-key", SequentialModelBuilder.withInput(28, 28).flatten().dense(10, false)
                .servingSignature("predict"));
        try (SavedModel baseline = SavedModel.open(SavedModelReference.of(SMALL_CNN))) {
            WeightSet weights = baseline.readWeights();
            assertThatThrownBy(() -> ExternalCandidate.savedModel(otherKey).shippedInstead(baseline, weights))
                    .hasMessageContaining("The external candidate " + otherKey.toAbsolutePath() + " cannot be opened like "
                            + "the baseline " + SMALL_CNN)
                    .hasMessageContaining("has no signature 'serving_default'");
        }
        assertThatThrownBy(() -> ExternalCandidate.savedModel(dir.resolve("none")))
                .hasMessageContaining("No SavedModel in " + dir.resolve("none").toAbsolutePath());
    }

    @Test
    void isGatedByTheSpecsTolerancesLikeAnyCandidate() {
        System.setProperty(ExternalCandidateSpec.DIRECTORY, prunedElsewhere().toString());
        Events tests;
        try {
            tests = EngineTestKit.engine(ModelSpecConstants.ENGINE_ID)
                    .selectors(selectClass(ExternalCandidateSpec.class))
                    .configurationParameter(ModelSpecConstants.CACHE_DIR, dir.resolve("cache").toString())
                    .configurationParameter(ModelSpecConstants.REPORT_DIR, dir.resolve("reports").toString())
                    .execute().testEvents();
        } finally {
            System.clearProperty(ExternalCandidateSpec.DIRECTORY);
        }

        String spec = "[engine:modelspec]/[spec:" + ExternalCandidateSpec.class.getName() + "]/";
        tests.assertThatEvents()
                .haveExactly(1, event(uniqueId(spec + "[baseline:baseline]"), finishedSuccessfully()))
                .haveExactly(1, event(uniqueId(spec + "[recipe:loose]/[check:accuracy-drop]"), finishedSuccessfully()))
                .haveExactly(1, event(uniqueId(spec + "[recipe:loose]/[check:sparsity]"), finishedSuccessfully()))
                .haveExactly(1, event(uniqueId(spec + "[recipe:tight]/[check:accuracy-drop]"), finishedWithFailure(
                        message(m -> m.contains("Expecting candidate \"tight\" to stay within 0.001 accuracy")))));
    }
}
