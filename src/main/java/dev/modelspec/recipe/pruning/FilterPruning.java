package dev.modelspec.recipe.pruning;

import static dev.modelspec.recipe.StepArguments.format;
import static dev.modelspec.recipe.StepArguments.requireFraction;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.LayerKind;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Structured filter pruning: in every selected dense or convolution kernel, zeroes the whole output
 * channels (last dimension) with the lowest scores, {@code round(fraction * channels)} of them
 * (rounding half up, ties going to the lower channel), and zeroes the same entries of the layer's
 * bias and of a following BatchNormalization's scale and offset (see {@link #apply}): a pruned filter
 * outputs zero, and {@code FineTuning} keeps it so. Immutable; every setter returns a new step.
 *
 * <p>Canonical form: {@code prune.filters(fraction=0.25,criterion=l1)}, plus any layer selection
 * as for {@link MagnitudePruning}, e.g. {@code prune.filters(fraction=0.5,criterion=apoz,skipLast)}.
 */
public final class FilterPruning implements CompressionStep {

    /** The fraction of filters pruned when none is set. */
    public static final double DEFAULT_FRACTION = 0.25;

    private final double fraction;
    private final FilterCriterion criterion;
    private final LayerSelection selection;
    private final boolean removing;

    private FilterPruning(double fraction, FilterCriterion criterion, LayerSelection selection, boolean removing) {
        this.fraction = fraction;
        this.criterion = criterion;
        this.selection = selection;
        this.removing = removing;
    }

    static FilterPruning defaults() {
        return new FilterPruning(DEFAULT_FRACTION, FilterCriterion.L1, LayerSelection.ALL, false);
    }

    /** This step pruning {@code fraction} of the filters of each kernel, in {@code [0, 1)}. */
    public FilterPruning fraction(double fraction) {
        return new FilterPruning(requireFraction("fraction", fraction), criterion, selection, removing);
    }

    /** This step ranking filters by the sum of their absolute weights (the default). */
    public FilterPruning byL1() {
        return new FilterPruning(fraction, FilterCriterion.L1, selection, removing);
    }

    /** This step ranking filters by the Euclidean norm of their weights. */
    public FilterPruning byL2() {
        return new FilterPruning(fraction, FilterCriterion.L2, selection, removing);
    }

    /** This step choosing filters at random from the recipe's seed: a baseline for the criteria. */
    public FilterPruning random() {
        return new FilterPruning(fraction, FilterCriterion.RANDOM, selection, removing);
    }

    /**
     * This step pruning the filters whose post-ReLU activations are most often zero (highest APoZ).
     * Needs {@link StepContext#activations()}; {@link #apply} throws {@link IllegalStateException}
     * when the run has none.
     */
    public FilterPruning byApoz() {
        return new FilterPruning(fraction, FilterCriterion.APOZ, selection, removing);
    }

    /** This step touching only kernels whose name contains a match of {@code regex}. */
    public FilterPruning layers(String regex) {
        return new FilterPruning(fraction, criterion, selection.layers(regex), removing);
    }

    /** This step leaving the first prunable weight in graph order alone. */
    public FilterPruning skipFirst() {
        return new FilterPruning(fraction, criterion, selection.skipFirst(), removing);
    }

    /** This step leaving the last prunable weight in graph order (usually the classifier) alone. */
    public FilterPruning skipLast() {
        return new FilterPruning(fraction, criterion, selection.skipLast(), removing);
    }

    /** This step leaving kernels with fewer than {@code elements} elements alone. */
    public FilterPruning minSize(long elements) {
        return new FilterPruning(fraction, criterion, selection.minSize(elements), removing);
    }

    /**
     * Zeroes the weakest filters of every selected {@link LayerKind#DENSE} or {@link LayerKind#CONV2D}
     * kernel and the same channels of what acts on them before the next layer: the layer's bias and a
     * following BatchNormalization's scale and offset, as {@link StepContext#channelParameters()}
     * finds them in the graph, so the filter's whole channel outputs zero. Without channel parameters
     * the bias is found by name: the {@code OTHER_PARAMETER} {@code a/bias} of shape {@code [out]} of
     * {@code a/kernel} (the last {@code kernel} path segment renamed; a {@code :0} suffix is kept).
     */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        ChannelParameters channels = context.channelParameters().orElse(ChannelParameters.none());
        for (WeightSet.Entry kernel : selection.select(weights)) {
            LayerKind kind = kernel.variable().layerKind();
            if (kind != LayerKind.DENSE && kind != LayerKind.CONV2D) {
                continue;
            }
            float[] scores = criterion.scores(kernel, canonicalForm(), context);
            BitSet pruned = LowestScores.select(scores, (int) Math.round(fraction * scores.length));
            zeroChannels(kernel.tensor(), pruned);
            Set<String> parameters = new LinkedHashSet<>(channels.silencing(kernel.variable().name()));
            BiasLookup.biasOf(weights, kernel).ifPresent(bias -> parameters.add(bias.variable().name()));
            parameters.stream().filter(weights::contains).map(weights::get)
                    .filter(p -> p.tensor().rank() > 0 && p.tensor().dimension(-1) == scores.length)
                    .forEach(p -> zeroChannels(p.tensor(), pruned));
        }
    }

    /**
     * This step removing the filters it zeroes from the shipped SavedModel: the kernel's output
     * channels, its bias, a following BatchNormalization's parameters and the next layer's input
     * channels (through a Flatten, the matching rows of the next dense kernel), so the model is
     * smaller and faster, also after {@code FineTuning}, which holds the pruned channels at zero. Where
     * removal cannot be proved safe (residual adds, concatenations, depthwise convolutions, a bias or
     * normalization the graph does not show as per channel) the filters stay zeroed and the shipped
     * model's notes say why (docs/storage.md).
     */
    public FilterPruning removing() {
        return new FilterPruning(fraction, criterion, selection, true);
    }

    @Override
    public boolean removesFilters() {
        return removing;
    }

    @Override
    public String canonicalForm() {
        return "prune.filters(fraction=" + format(fraction) + ",criterion=" + criterion.canonicalName()
                + selection.canonicalSuffix() + (removing ? ",remove=true" : "") + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }

    private static void zeroChannels(FloatTensor tensor, BitSet channels) {
        float[] values = tensor.values();
        int outputs = (int) tensor.dimension(-1);
        for (int row = 0; row < values.length; row += outputs) {
            for (int c = channels.nextSetBit(0); c >= 0; c = channels.nextSetBit(c + 1)) {
                values[row + c] = 0f;
            }
        }
    }
}
