package dev.modelspec.engine;

import dev.modelspec.workbench.Progress;
import dev.modelspec.workbench.Workbench;

/**
 * Creates the {@link Workbench} of a run: the TensorFlow one, or a fake in the engine's own tests
 * (the seam of {@link ModelSpecTestEngine}'s package-private constructor).
 */
@FunctionalInterface
interface WorkbenchFactory {

    /**
     * A workbench for one run; called at most once per run, on first use.
     *
     * @param configuration the engine's settings
     * @param progress where to announce phases of long work
     */
    Workbench create(EngineConfiguration configuration, Progress progress) throws Exception;
}
