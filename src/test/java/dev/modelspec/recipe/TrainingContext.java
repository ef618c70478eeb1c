package dev.modelspec.recipe;

import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.ChannelParameters;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A step context for tests and benchmarks: a seed, perhaps the training setup a fine-tuning step
 * needs, perhaps the channel parameters a filter pruning step zeroes with its filters, and perhaps
 * where quantization-aware fine-tuning with activations leaves their ranges.
 */
public record TrainingContext(long seed, Optional<TrainingSetup> training, Optional<ChannelParameters> channelParameters,
        Optional<Consumer<ActivationRanges>> shippedActivationRanges) implements StepContext {

    /** A context that trains on {@code setup}, seeded with {@code seed}. */
    public static TrainingContext of(long seed, TrainingSetup setup) {
        return new TrainingContext(seed, Optional.of(setup), Optional.empty(), Optional.empty());
    }

    /** A context without training, seeded with {@code seed}. */
    public static TrainingContext seeded(long seed) {
        return new TrainingContext(seed, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This context, also offering {@code channels}. */
    public TrainingContext withChannels(ChannelParameters channels) {
        return new TrainingContext(seed, training, Optional.of(channels), shippedActivationRanges);
    }

    /** This context, handing the activation ranges a step trained with to {@code ranges}. */
    public TrainingContext shippingActivationRanges(Consumer<ActivationRanges> ranges) {
        return new TrainingContext(seed, training, channelParameters, Optional.of(ranges));
    }
}
