package dev.modelspec.model;

import static dev.modelspec.interop.SameOutputs.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.pruning.MagnitudePruning;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the model layer on a real Keras 2 export (TF 2.12, SGD, compiled metrics). */
@Tag("interop")
class KerasSavedModelInteropTest {

    private static final MagnitudePruning HALF_MAGNITUDE = Pruning.magnitude().sparsity(0.5);

    @Test
    void describesTheServingSignature() {
        try (SavedModel model = SavedModel.open(SavedModelReference.of(KerasFixture.mlp()))) {
            SignatureDescription serving = model.signature();
            assertThat(serving.singleInput().key()).isEqualTo("input_1");
            assertThat(serving.singleInput().shape()).containsExactly(-1, 28, 28);
            assertThat(serving.singleInput().fixedBatchSize()).isEmpty();
            assertThat(serving.singleOutput().key()).isEqualTo("dense_2");
            assertThat(serving.singleOutput().shape()).containsExactly(-1, 10);
            assertThat(model.signatures()).extracting(SignatureDescription::key).containsExactly("serving_default");
        }
    }

    @Test
    void classesOptimizerSlotsAndMetricCountersAsTrainingState() {
        try (SavedModel model = SavedModel.open(SavedModelReference.of(KerasFixture.mlp()))) {
            Map<VariableRole, List<String>> byRole = model.variables().stream().collect(Collectors.groupingBy(
                    ModelVariable::role, Collectors.mapping(ModelVariable::name, Collectors.toList())));
            assertThat(byRole.get(VariableRole.PRUNABLE_WEIGHT))
                    .containsExactlyInAnyOrder("dense/kernel", "dense_1/kernel", "dense_2/kernel");
            assertThat(byRole.get(VariableRole.OTHER_PARAMETER))
                    .containsExactlyInAnyOrder("dense/bias", "dense_1/bias", "dense_2/bias");
            assertThat(byRole.get(VariableRole.TRAINING_STATE)).containsExactlyInAnyOrder(
                    "count", "total", "count_1", "total_1", "SGD/momentum", "SGD/learning_rate", "SGD/decay", "SGD/iter");
            assertThat(model.variables()).filteredOn(v -> v.name().equals("dense/kernel"))
                    .singleElement().satisfies(v -> {
                        assertThat(v.shape()).containsExactly(784, 300);
                        assertThat(v.layerKind()).isEqualTo(LayerKind.DENSE);
                    });
        }
    }

    @Test
    void exportsPrunedCopyWithoutTouchingTheOriginal(@TempDir Path tmp) {
        Path source = KerasFixture.mlp();
        String hashBefore = SavedModelHash.of(source);
        Path target = tmp.resolve("pruned");
        try (SavedModel model = SavedModel.open(SavedModelReference.of(source))) {
            WeightSet weights = model.readWeights();
            HALF_MAGNITUDE.apply(weights, StepContext.seeded(0));
            model.writeWeights(weights);
            model.exportTo(target, ExportOptions.zeroingTrainingState());
        }
        assertThat(SavedModelHash.of(source)).isEqualTo(hashBefore);
        assertThat(target.resolve("keras_metadata.pb")).hasSameBinaryContentAs(source.resolve("keras_metadata.pb"));
        assertThat(target.resolve("saved_model.pb")).hasSameBinaryContentAs(source.resolve("saved_model.pb"));
        try (SavedModel reloaded = SavedModel.open(SavedModelReference.of(target))) {
            for (WeightSet.Entry entry : reloaded.readWeights().prunable()) {
                assertThat(entry.tensor().sparsity()).as(entry.variable().name()).isCloseTo(0.50, within(0.01));
            }
            assertThat(reloaded.read("dense/bias").values()).isEqualTo(readOriginal(source, "dense/bias"));
            assertThat(reloaded.readWeights(v -> v.name().equals("total")).get("total").tensor().values())
                    .containsOnly(0f);
        }
    }

    @Test
    void reproducesItsFashionMnistAccuracyThroughDjl() {
        try (ModelRunner model = DjlModelRunner.load(SavedModelReference.of(KerasFixture.mlp()))) {
            // 8844 of 10000 measured; another CPU may flip a near tie.
            assertThat(Evaluator.create().evaluate(model, FashionMnist.test()).correctCount()).isCloseTo(8844, within(2));
        }
    }

    @Test
    void runsTheSessionExactlyAsDjlDoes() {
        SavedModelReference reference = SavedModelReference.of(KerasFixture.mlp());
        float[] inputs = new float[7 * 28 * 28];
        FashionMnist.test().copyInputs(0, 7, inputs, 0);
        try (ModelRunner djl = DjlModelRunner.load(reference); ModelRunner session = ModelRunner.open(reference)) {
            float[] expected = djl.run(inputs, 7);
            assertThat(expected).hasSize(70);
            assertSame("session against DJL", session.run(inputs, 7), expected, 10, 1e-5);
        }
    }

    @Test
    void loadsThePrunedExportThroughDjlAndStillClassifies(@TempDir Path tmp) {
        Path target = tmp.resolve("pruned");
        try (SavedModel model = SavedModel.open(SavedModelReference.of(KerasFixture.mlp()))) {
            WeightSet weights = model.readWeights();
            HALF_MAGNITUDE.apply(weights, StepContext.seeded(0));
            model.writeWeights(weights);
            model.exportTo(target, ExportOptions.zeroingTrainingState());
        }
        try (ModelRunner pruned = DjlModelRunner.load(SavedModelReference.of(target))) {
            int correct = Evaluator.create().evaluate(pruned, FashionMnist.test()).correctCount();
            // Measured: 8384 of 10000 after one-shot 50% pruning of every kernel (baseline 8844).
            assertThat(correct).isBetween(8000, 8843);
        }
    }

    @Test
    void exposesNoActivationsBecauseKerasCallsItsLayersThroughAFunction() {
        try (SavedModel model = SavedModel.open(SavedModelReference.of(KerasFixture.mlp()))) {
            ReluActivationSampler sampler = ReluActivationSampler.of(model);
            assertThat(sampler.exposedKernels()).isEmpty();
            ZeroActivationFractions fractions = sampler.measure(FashionMnist.test().first(10), 10);
            assertThatThrownBy(() -> fractions.of("dense/kernel"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No post-ReLU activation of dense/kernel")
                    .hasMessageContaining("read only inside a function called through StatefulPartitionedCall");
        }
    }

    @Test
    void rejectsAnUnknownSignatureNamingTheOnesThereAre() {
        SavedModelReference reference = SavedModelReference.of(KerasFixture.mlp()).withSignature("predict");
        assertThatThrownBy(() -> SavedModel.open(reference))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageContaining("has no signature 'predict'")
                .hasMessageContaining("[serving_default]");
    }

    @Test
    void rejectsExportIntoTheSourceDirectory() {
        Path source = KerasFixture.mlp();
        try (SavedModel model = SavedModel.open(SavedModelReference.of(source))) {
            assertThatThrownBy(() -> model.exportTo(source.resolve("copy"), ExportOptions.asIs()))
                    .isInstanceOf(ModelAccessException.class)
                    .hasMessageContaining("never written");
        }
    }

    private static float[] readOriginal(Path source, String name) {
        try (SavedModel original = SavedModel.open(SavedModelReference.of(source))) {
            return original.read(name).values();
        }
    }
}
