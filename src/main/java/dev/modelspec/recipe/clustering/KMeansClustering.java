package dev.modelspec.recipe.clustering;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepArguments;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.WeightEncoding;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * K-means weight clustering: for each prunable weight on its own, finds k centroids by 1-D k-means
 * (Lloyd) over its finite values and replaces every value by its nearest centroid, so the weight
 * holds at most k distinct values. With {@link #preservingSparsity()} zeros are left out of the
 * clustering and stay zero (at most k + 1 distinct values); without it zeros are clustered like any
 * value and usually stop being zero. Non-finite values are left alone. Immutable.
 *
 * <p>Canonical form: {@code cluster.kmeans(k=16,init=linear,preserveSparsity=false,iterations=30)}, with
 * {@code ,storage=clustered} appended for {@link #stored()}.
 */
public final class KMeansClustering implements CompressionStep, WeightEncoding {

    /** The number of Lloyd iterations when none is set. */
    public static final int DEFAULT_ITERATIONS = 30;

    private final int clusters;
    private final CentroidInit init;
    private final boolean preserveSparsity;
    private final int iterations;
    private final boolean stored;

    private KMeansClustering(int clusters, CentroidInit init, boolean preserveSparsity, int iterations, boolean stored) {
        this.clusters = clusters;
        this.init = init;
        this.preserveSparsity = preserveSparsity;
        this.iterations = iterations;
        this.stored = stored;
    }

    static KMeansClustering of(int clusters) {
        return new KMeansClustering(clusters, CentroidInit.LINEAR, false, DEFAULT_ITERATIONS, false);
    }

    /**
     * This step shipping each clustered weight as one uint8 index per element plus a float32
     * codebook, gathered in the graph where the weight is read ({@link WeightStorage#CLUSTERED}), where
     * that is smaller than float32 and the weight holds at most 256 distinct values (k + 1 with
     * {@link #preservingSparsity()} may be 257: that weight stays float32 with a note). The shipped
     * model computes exactly what the float candidate computes and is serving-only
     * (docs/storage.md). Without it, weights stay float32 holding the centroids' values.
     */
    public KMeansClustering stored() {
        return new KMeansClustering(clusters, init, preserveSparsity, iterations, true);
    }

    /** This step starting from centroids evenly spaced between each weight's min and max (the default). */
    public KMeansClustering linearInit() {
        return new KMeansClustering(clusters, CentroidInit.LINEAR, preserveSparsity, iterations, stored);
    }

    /** This step seeding centroids by k-means++ from the recipe's seed, salted with the weight's name. */
    public KMeansClustering kMeansPlusPlus() {
        return new KMeansClustering(clusters, CentroidInit.KMEANS_PLUS_PLUS, preserveSparsity, iterations, stored);
    }

    /** This step keeping zeros exactly zero and clustering only the non-zero values. */
    public KMeansClustering preservingSparsity() {
        return new KMeansClustering(clusters, init, true, iterations, stored);
    }

    /** This step running at most {@code maxIterations} Lloyd updates ({@code >= 1}). */
    public KMeansClustering iterations(int maxIterations) {
        StepArguments.requireAtLeast("iterations", maxIterations, 1);
        return new KMeansClustering(clusters, init, preserveSparsity, maxIterations, stored);
    }

    /** The number of clusters, k. */
    public int clusterCount() {
        return clusters;
    }

    /**
     * {@code ceil(log2(k))}, or {@code ceil(log2(k + 1))} when preserving sparsity, since zero is
     * then an extra value.
     */
    @Override
    public int bitsPerWeight() {
        int values = preserveSparsity ? clusters + 1 : clusters;
        return 32 - Integer.numberOfLeadingZeros(values - 1);
    }

    @Override
    public void apply(WeightSet weights, StepContext context) {
        for (WeightSet.Entry entry : weights.prunable()) {
            cluster(entry.tensor(), context.random("cluster.kmeans/" + entry.variable().name()));
        }
    }

    @Override
    public String canonicalForm() {
        return "cluster.kmeans(k=" + clusters + ",init=" + init.canonicalName() + ",preserveSparsity="
                + preserveSparsity + ",iterations=" + iterations + (stored ? ",storage=clustered" : "") + ")";
    }

    @Override
    public Optional<WeightStorage> storage() {
        return stored ? Optional.of(WeightStorage.CLUSTERED) : Optional.empty();
    }

    @Override
    public String toString() {
        return canonicalForm();
    }

    private void cluster(FloatTensor tensor, Random random) {
        float[] values = tensor.values();
        float[] sorted = clusteredValues(values);
        if (sorted.length == 0) {
            return;
        }
        Arrays.sort(sorted);
        float[] centroids = SortedKMeans.fit(sorted, init.centroids(sorted, clusters, random), iterations);
        double[] midpoints = SortedKMeans.midpoints(centroids);
        for (int i = 0; i < values.length; i++) {
            if (isClustered(values[i])) {
                values[i] = centroids[SortedKMeans.nearest(midpoints, values[i])];
            }
        }
    }

    private float[] clusteredValues(float[] values) {
        int count = 0;
        for (float value : values) {
            count += isClustered(value) ? 1 : 0;
        }
        float[] clustered = new float[count];
        int next = 0;
        for (float value : values) {
            if (isClustered(value)) {
                clustered[next++] = value;
            }
        }
        return clustered;
    }

    private boolean isClustered(float value) {
        return Float.isFinite(value) && !(preserveSparsity && value == 0f);
    }
}
