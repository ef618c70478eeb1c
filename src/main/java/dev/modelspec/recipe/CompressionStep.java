package dev.modelspec.recipe;

import dev.modelspec.model.SavedModel;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.WeightStorage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One transformation of a model's weights, such as magnitude pruning or int8 quantization.
 *
 * <p>A step is an immutable value: its {@link #canonicalForm() canonical form} names every setting
 * that changes its output, so equal forms mean equal results for equal input and seed.
 */
public interface CompressionStep {

    /**
     * A stable, human-readable description with every setting, e.g. {@code
     * prune.magnitude(sparsity=0.8,scope=per-weight)}: used in cache keys, display names and
     * reports.
     */
    String canonicalForm();

    /**
     * Rewrites {@code weights} in place.
     *
     * @param weights the working copy of the candidate's weights
     * @param context seed, progress and model services for this run
     */
    void apply(WeightSet weights, StepContext context);

    /**
     * Whether this step trains the model (and so depends on its optimizer state); a step that does
     * not can start from a saved result of the steps before it.
     */
    default boolean trains() {
        return false;
    }

    /**
     * How the weights this step produces are stored in the shipped SavedModel, if the step asks for a
     * storage of its own (int8 or float16 variables dequantized where they are read); empty keeps
     * float32. The shipped model is the one evaluated and certified.
     */
    default Optional<WeightStorage> storage() {
        return Optional.empty();
    }

    /**
     * Whether the shipped SavedModel quantizes activations as this step trained them (quantization-aware
     * fine-tuning with activations): then it is a rewritten, serving-only graph, and a chain never
     * continues from a saved result that includes this step, since only the weights are saved.
     */
    default boolean quantizesActivations() {
        return false;
    }

    /** Whether the filters this step zeroes are removed from the shipped SavedModel, shapes and all. */
    default boolean removesFilters() {
        return false;
    }

    /**
     * The SavedModel directory shipped in place of the model this step would edit, if the step does not
     * edit weights but replaces the whole model (an external candidate of another graph): the workbench
     * then copies that directory into the cache entry and evaluates, sizes and times it, and the steps
     * after it edit that model's own variables. Empty (the default) for a step that edits {@code weights}.
     *
     * @param start the model the step starts from
     * @param weights its float weights
     */
    default Optional<Path> shippedInstead(SavedModel start, WeightSet weights) {
        return Optional.empty();
    }
}
