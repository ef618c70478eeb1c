package dev.modelspec.recipe;

import dev.modelspec.model.graph.WeightStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * An ordered chain of {@link CompressionStep}s applied to a copy of the baseline's weights, with a
 * seed. Immutable; {@link #then(CompressionStep)} and {@link #withSeed(long)} return new recipes.
 *
 * <pre>{@code
 * Recipe.of(Pruning.magnitude().sparsity(0.8)).then(Quantization.int8())
 * }</pre>
 */
public final class Recipe {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 42L;

    private final List<CompressionStep> steps;
    private final long seed;

    private Recipe(List<CompressionStep> steps, long seed) {
        this.steps = List.copyOf(steps);
        this.seed = seed;
    }

    /**
     * A recipe of the given steps, in order.
     *
     * @throws IllegalArgumentException if no step is given
     */
    public static Recipe of(CompressionStep... steps) {
        if (steps.length == 0) {
            throw new IllegalArgumentException("A recipe needs at least one step");
        }
        for (CompressionStep step : steps) {
            Objects.requireNonNull(step, "step");
        }
        return new Recipe(List.of(steps), DEFAULT_SEED);
    }

    /** A pruning recipe: reads well as {@code Recipe.prune(Pruning.magnitude().sparsity(0.8))}. */
    public static Recipe prune(CompressionStep pruning) {
        return of(pruning);
    }

    /** This recipe followed by {@code step}. */
    public Recipe then(CompressionStep step) {
        Objects.requireNonNull(step, "step");
        List<CompressionStep> chained = new ArrayList<>(steps);
        chained.add(step);
        return new Recipe(chained, seed);
    }

    /** This recipe with another seed. */
    public Recipe withSeed(long newSeed) {
        return new Recipe(steps, newSeed);
    }

    /** The steps, in order. */
    public List<CompressionStep> steps() {
        return steps;
    }

    /**
     * The recipe of the first {@code count} steps, with the same seed.
     *
     * @throws IllegalArgumentException if {@code count} is not between 1 and the number of steps
     */
    public Recipe prefix(int count) {
        if (count < 1 || count > steps.size()) {
            throw new IllegalArgumentException("A prefix of " + count + " steps does not exist in a recipe of "
                    + steps.size() + " steps");
        }
        return new Recipe(steps.subList(0, count), seed);
    }

    /** The seed every step derives its randomness from. */
    public long seed() {
        return seed;
    }

    /**
     * The bits one weight needs after this recipe: the smallest {@link WeightEncoding#bitsPerWeight()}
     * over the steps that fix an encoding (a later int8 step does not undo 4-bit clustering: the
     * weights still take at most 16 values), or empty when no step fixes one.
     */
    public OptionalInt bitsPerWeight() {
        return steps.stream()
                .filter(WeightEncoding.class::isInstance)
                .mapToInt(step -> ((WeightEncoding) step).bitsPerWeight())
                .min();
    }

    /**
     * How the shipped SavedModel stores the weights: the {@link CompressionStep#storage()} of the last
     * step that asks for one, or empty for float32.
     */
    public Optional<WeightStorage> storage() {
        Optional<WeightStorage> storage = Optional.empty();
        for (CompressionStep step : steps) {
            if (step.storage().isPresent()) {
                storage = step.storage();
            }
        }
        return storage;
    }

    /** Whether a step removes the filters it zeroes from the shipped SavedModel. */
    public boolean removesFilters() {
        return steps.stream().anyMatch(CompressionStep::removesFilters);
    }

    /** Whether a step quantizes the activations of the shipped SavedModel. */
    public boolean quantizesActivations() {
        return steps.stream().anyMatch(CompressionStep::quantizesActivations);
    }

    /**
     * Whether the shipped SavedModel is rewritten (stored weights, removed filters or quantized
     * activations) rather than the model's own graph with new values: then it is serving-only
     * (docs/storage.md).
     */
    public boolean rewritesTheGraph() {
        return storage().isPresent() || removesFilters() || quantizesActivations();
    }

    /** The steps' canonical forms joined by {@code " -> "}, then the seed. */
    public String canonicalForm() {
        return steps.stream().map(CompressionStep::canonicalForm).collect(Collectors.joining(" -> "))
                + " seed=" + seed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipe other && canonicalForm().equals(other.canonicalForm());
    }

    @Override
    public int hashCode() {
        return canonicalForm().hashCode();
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
