package dev.modelspec.recipe.clustering;

import static dev.modelspec.recipe.TestWeights.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TestWeights;
import dev.modelspec.recipe.pruning.Pruning;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KMeansClusteringTest {

    private static final StepContext CONTEXT = StepContext.seeded(5);

    private static float[] cluster(KMeansClustering step, StepContext context, float... values) {
        WeightSet w = weights().dense("d/kernel", 1, values.length, values).build();
        step.apply(w, context);
        return w.get("d/kernel").tensor().values();
    }

    private static long distinct(float[] values) {
        return IntStream.range(0, values.length).mapToObj(i -> values[i]).distinct().count();
    }

    @Nested
    class HandComputed {

        @Test
        void linearInitThenLloydConvergesToTheClusterMeans() {
            assertThat(cluster(Clustering.kMeans(2), CONTEXT, 0, 1, 2, 10, 11, 12)).containsExactly(1, 1, 1, 11, 11, 11);
        }

        @Test
        void iteratesUntilStableWithMidpointTiesJoiningTheLowerCluster() {
            // centroids 0, 10, 20 -> 3, 6.5, 20 -> 2, 6, 20 (4 lies on the midpoint 4 and stays low)
            float[] values = {0, 4, 5, 6, 7, 20};
            assertThat(cluster(Clustering.kMeans(3), CONTEXT, values.clone())).containsExactly(2, 2, 6, 6, 6, 20);
            assertThat(cluster(Clustering.kMeans(3).iterations(1), CONTEXT, values.clone()))
                    .containsExactly(3, 3, 6.5f, 6.5f, 6.5f, 20);
        }

        @Test
        void preservingSparsityClustersOnlyNonZeros() {
            assertThat(cluster(Clustering.kMeans(2).preservingSparsity(), CONTEXT, 0, 1, 2, 10, 11, 12, 0))
                    .containsExactly(0, 1.5f, 1.5f, 11, 11, 11, 0);
        }

        @Test
        void leavesBiasesAlone() {
            WeightSet w = weights().dense("d/kernel", 1, 3, 1, 2, 3).other("d/bias", new long[] {3}, 1, 2, 3).build();
            Clustering.kMeans(2).apply(w, CONTEXT);
            assertThat(w.get("d/bias").tensor().values()).containsExactly(1, 2, 3);
        }
    }

    @Nested
    class Guarantees {

        @Test
        void leavesAtMostKDistinctValues() {
            assertThat(distinct(cluster(Clustering.kMeans(16), CONTEXT, TestWeights.gaussian(2, 5000)))).isEqualTo(16);
            assertThat(distinct(cluster(Clustering.kMeans(16).kMeansPlusPlus(), CONTEXT, TestWeights.gaussian(2, 5000))))
                    .isBetween(2L, 16L);
            assertThat(distinct(cluster(Clustering.kMeans(8), CONTEXT, 1, 1, 2, 2))).isEqualTo(2);
        }

        @Test
        void kMeansPlusPlusIsReproducibleFromTheSeed() {
            KMeansClustering step = Clustering.kMeans(8).kMeansPlusPlus().iterations(1);
            float[] first = cluster(step, StepContext.seeded(5), TestWeights.gaussian(7, 3000));
            float[] again = cluster(step, StepContext.seeded(5), TestWeights.gaussian(7, 3000));
            float[] otherSeed = cluster(step, StepContext.seeded(6), TestWeights.gaussian(7, 3000));
            assertThat(again).containsExactly(first);
            assertThat(otherSeed).isNotEqualTo(first);
        }

        @Test
        void preservingSparsityKeepsPrunedZerosAndAddsOneValue() {
            WeightSet w = weights().dense("d/kernel", 40, 50, TestWeights.gaussian(3, 2000)).build();
            Pruning.magnitude().sparsity(0.75).apply(w, CONTEXT);
            float[] pruned = w.get("d/kernel").tensor().values().clone();
            Clustering.kMeans(4).kMeansPlusPlus().preservingSparsity().apply(w, CONTEXT);
            float[] clustered = w.get("d/kernel").tensor().values();
            for (int i = 0; i < pruned.length; i++) {
                assertThat(clustered[i] == 0).isEqualTo(pruned[i] == 0);
            }
            assertThat(distinct(clustered)).isEqualTo(5);
        }
    }

    @Test
    void settingsCanonicalFormsAndBitWidths() {
        assertThat(Clustering.kMeans(16).canonicalForm())
                .isEqualTo("cluster.kmeans(k=16,init=linear,preserveSparsity=false,iterations=30)");
        assertThat(Clustering.kMeans(16).kMeansPlusPlus().preservingSparsity().iterations(5).canonicalForm())
                .isEqualTo("cluster.kmeans(k=16,init=kmeans++,preserveSparsity=true,iterations=5)");
        assertThat(Clustering.kMeans(16).kMeansPlusPlus().linearInit().canonicalForm()).contains("init=linear");
        assertThat(Clustering.kMeans(16).stored().preservingSparsity().canonicalForm())
                .isEqualTo("cluster.kmeans(k=16,init=linear,preserveSparsity=true,iterations=30,storage=clustered)");
        assertThat(Clustering.kMeans(16).stored().storage()).contains(WeightStorage.CLUSTERED);
        assertThat(Clustering.kMeans(16).storage()).isEmpty();
        assertThat(Clustering.kMeans(16).bitsPerWeight()).isEqualTo(4);
        assertThat(Clustering.kMeans(17).bitsPerWeight()).isEqualTo(5);
        assertThat(Clustering.kMeans(2).bitsPerWeight()).isEqualTo(1);
        assertThat(Clustering.kMeans(16).preservingSparsity().bitsPerWeight()).isEqualTo(5);
        assertThatThrownBy(() -> Clustering.kMeans(257)).hasMessage("clusters must be in [2, 256], but was 257");
        assertThatThrownBy(() -> Clustering.kMeans(1)).hasMessage("clusters must be in [2, 256], but was 1");
        assertThatThrownBy(() -> Clustering.kMeans(4).iterations(0)).hasMessage("iterations must be >= 1, but was 0");
    }
}
