package dev.modelspec.recipe.pruning;

import static dev.modelspec.recipe.TestWeights.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.model.LayerKind;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.ActivationStatistics;
import dev.modelspec.recipe.StepContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilterPruningTest {

    private static final StepContext CONTEXT = StepContext.seeded(11);

    /** Dense [2, 4]: channel L1 norms 3, 4, 8, 1; L2 norms 3, 2.83, 5.66, 1. */
    private static WeightSet denseLayer() {
        return weights().dense("dense/kernel", 2, 4,
                        3, 2, 4, 1,
                        0, -2, 4, 0)
                .other("dense/bias", new long[] {4}, 0.1f, 0.2f, 0.3f, 0.4f).build();
    }

    private static StepContext withApoz(Map<String, double[]> apoz) {
        ActivationStatistics statistics = apoz::get;
        return new StepContext() {
            @Override
            public long seed() {
                return 11;
            }

            @Override
            public Optional<ActivationStatistics> activations() {
                return Optional.of(statistics);
            }
        };
    }

    @Nested
    class Criteria {

        @Test
        void l1ZeroesTheWeakestFiltersAndTheirBiases() {
            WeightSet w = denseLayer();
            Pruning.filters().fraction(0.5).byL1().apply(w, CONTEXT);
            assertThat(w.get("dense/kernel").tensor().values()).containsExactly(0, 2, 4, 0, 0, -2, 4, 0);
            assertThat(w.get("dense/bias").tensor().values()).containsExactly(0, 0.2f, 0.3f, 0);
        }

        @Test
        void l2RanksByEuclideanNorm() {
            WeightSet w = denseLayer();
            Pruning.filters().fraction(0.5).byL2().apply(w, CONTEXT);
            assertThat(w.get("dense/kernel").tensor().values()).containsExactly(3, 0, 4, 0, 0, 0, 4, 0);
        }

        @Test
        void prunesWholeOutputChannelsOfConvolutions() {
            WeightSet w = weights().prunable("conv2d/kernel", LayerKind.CONV2D, new long[] {2, 1, 1, 3},
                    1, 5, 9,
                    -1, 5, 9).build();
            Pruning.filters().fraction(0.34).apply(w, CONTEXT);
            assertThat(w.get("conv2d/kernel").tensor().values()).containsExactly(0, 5, 9, 0, 5, 9);
        }

        @Test
        void randomIsReproducibleFromTheSeedAndPrunesTheRoundedCount() {
            WeightSet first = weights().dense("d/kernel", 1, 8, 1, 2, 3, 4, 5, 6, 7, 8).build();
            WeightSet second = first.copy();
            Pruning.filters().fraction(0.5).random().apply(first, CONTEXT);
            Pruning.filters().fraction(0.5).random().apply(second, StepContext.seeded(11));
            assertThat(first.get("d/kernel").tensor().sparsity()).isEqualTo(0.5);
            assertThat(first.get("d/kernel").tensor().values()).containsExactly(second.get("d/kernel").tensor().values());
        }

        @Test
        void apozPrunesTheChannelsWhoseActivationsAreMostOftenZero() {
            WeightSet w = denseLayer();
            Pruning.filters().fraction(0.25).byApoz()
                    .apply(w, withApoz(Map.of("dense/kernel", new double[] {0.1, 0.2, 0.9, 0.3})));
            assertThat(w.get("dense/kernel").tensor().values()).containsExactly(3, 2, 0, 1, 0, -2, 0, 0);
            assertThat(w.get("dense/bias").tensor().values()).containsExactly(0.1f, 0.2f, 0, 0.4f);
        }

        @Test
        void apozWithoutActivationStatisticsExplainsWhatIsMissing() {
            assertThatThrownBy(() -> Pruning.filters().byApoz().apply(denseLayer(), CONTEXT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("prune.filters(fraction=0.25,criterion=apoz) cannot rank the filters of dense/kernel:"
                            + " APoZ needs the model's post-ReLU activations on calibration data, but this run"
                            + " measured no activation statistics");
        }
    }

    @Nested
    class Scope {

        @Test
        void leavesOtherLayerKindsAndMismatchedBiasesAlone() {
            WeightSet w = weights().prunable("emb/embeddings", LayerKind.EMBEDDING, new long[] {1, 2}, 1, 2)
                    .dense("d/kernel", 1, 2, 1, 2).other("d/bias", new long[] {3}, 1, 1, 1).build();
            Pruning.filters().fraction(0.5).apply(w, CONTEXT);
            assertThat(w.get("emb/embeddings").tensor().values()).containsExactly(1, 2);
            assertThat(w.get("d/kernel").tensor().values()).containsExactly(0, 2);
            assertThat(w.get("d/bias").tensor().values()).containsExactly(1, 1, 1);
        }

        @Test
        void biasNamesReplaceTheLastKernelSegment() {
            assertThat(BiasLookup.biasName("conv2d/kernel")).contains("conv2d/bias");
            assertThat(BiasLookup.biasName("dense/kernel:0")).contains("dense/bias:0");
            assertThat(BiasLookup.biasName("layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE"))
                    .contains("layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE");
            assertThat(BiasLookup.biasName("kernel/dense/kernel")).contains("kernel/dense/bias");
            assertThat(BiasLookup.biasName("sequential/conv2d_1/kernel_1")).contains("sequential/conv2d_1/bias_1");
            assertThat(BiasLookup.biasName("dense/kernel_x")).isEmpty();
            assertThat(BiasLookup.biasName("dw/depthwise_kernel")).isEmpty();
        }

        @Test
        void skipLastKeepsTheClassifier() {
            WeightSet w = weights().dense("a/kernel", 1, 2, 1, 2).dense("b/kernel", 1, 2, 1, 2).build();
            Pruning.filters().fraction(0.5).skipLast().apply(w, CONTEXT);
            assertThat(w.get("a/kernel").tensor().values()).containsExactly(0, 2);
            assertThat(w.get("b/kernel").tensor().values()).containsExactly(1, 2);
        }
    }

    @Test
    void canonicalFormsAndValidation() {
        assertThat(Pruning.filters().fraction(0.25).byL1().canonicalForm())
                .isEqualTo("prune.filters(fraction=0.25,criterion=l1)");
        assertThat(Pruning.filters().fraction(0.5).byApoz().layers("conv").skipLast().canonicalForm())
                .isEqualTo("prune.filters(fraction=0.5,criterion=apoz,layers=conv,skipLast)");
        assertThat(Pruning.filters().random().canonicalForm()).isEqualTo("prune.filters(fraction=0.25,criterion=random)");
        assertThat(Pruning.filters().byL2().canonicalForm()).isEqualTo("prune.filters(fraction=0.25,criterion=l2)");
        assertThatThrownBy(() -> Pruning.filters().fraction(-0.1)).hasMessage("fraction must be in [0, 1), but was -0.1");
    }
}
