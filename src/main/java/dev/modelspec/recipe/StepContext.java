package dev.modelspec.recipe;

import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.ChannelParameters;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/** What a {@link CompressionStep} may use while it runs. */
public interface StepContext {

    /** The recipe's seed; steps derive all randomness from it. */
    long seed();

    /** A fresh random source seeded from {@link #seed()} and {@code salt}, for reproducible choices. */
    default Random random(String salt) {
        return new Random(seed() * 31 + salt.hashCode());
    }

    /** Reports progress of long work, e.g. {@code "epoch 2/5"}; ignored by default. */
    default void progress(String message) {}

    /**
     * Activation statistics of the model being compressed, for data-driven steps such as APoZ
     * filter pruning; empty when the run measured none (the default).
     */
    default Optional<ActivationStatistics> activations() {
        return Optional.empty();
    }

    /**
     * The model and data to fine-tune with, for steps that train (gradual pruning); empty when the
     * spec declares no training data (the default).
     */
    default Optional<TrainingSetup> training() {
        return Optional.empty();
    }

    /**
     * Which parameters act on each output channel of the model's kernels (bias, BatchNormalization
     * scale and offset), for filter pruning to zero a filter's whole channel and for fine-tuning to
     * keep it zero; empty when the run knows no model graph (the default).
     */
    default Optional<ChannelParameters> channelParameters() {
        return Optional.empty();
    }

    /**
     * Where a step that quantizes activations ({@link CompressionStep#quantizesActivations()}) leaves
     * the ranges it trained with, for the shipped model to quantize the same tensors with the same
     * ranges; empty when the run ships no rewritten model (the default), and such a step then refuses
     * to run.
     */
    default Optional<Consumer<ActivationRanges>> shippedActivationRanges() {
        return Optional.empty();
    }

    /** A context with only a seed, for steps that need nothing else. */
    static StepContext seeded(long seed) {
        return () -> seed;
    }
}
