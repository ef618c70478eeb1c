package dev.modelspec.workbench;

import dev.modelspec.recipe.ActivationStatistics;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingSetup;
import java.util.Optional;

/**
 * The {@link StepContext} of one recipe run: its seed, the console progress, the training setup and
 * the activation statistics.
 */
record WorkbenchStepContext(long seed, Progress progress, Optional<TrainingSetup> training,
        Optional<ActivationStatistics> activations) implements StepContext {

    @Override
    public void progress(String message) {
        progress.phase(message);
    }
}
