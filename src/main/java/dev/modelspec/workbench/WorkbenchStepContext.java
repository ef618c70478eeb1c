package dev.modelspec.workbench;

import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.recipe.ActivationStatistics;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingSetup;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link StepContext} of one recipe run: its seed, the console progress, the training setup,
 * the activation statistics and the model's channel parameters (asked for by filter pruning and
 * fine-tuning only, so {@code channels} should be memoized and lazy), and where quantization-aware
 * fine-tuning with activations leaves their ranges for the shipped model.
 */
record WorkbenchStepContext(long seed, Progress progress, Optional<TrainingSetup> training,
        Optional<ActivationStatistics> activations, Supplier<ChannelParameters> channels,
        Consumer<ActivationRanges> activationRanges) implements StepContext {

    @Override
    public Optional<Consumer<ActivationRanges>> shippedActivationRanges() {
        return Optional.of(activationRanges);
    }

    @Override
    public void progress(String message) {
        progress.phase(message);
    }

    @Override
    public Optional<ChannelParameters> channelParameters() {
        return Optional.of(channels.get());
    }
}
