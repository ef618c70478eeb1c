package dev.modelspec.workbench;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.recipe.Recipe;

/**
 * Does the heavy work behind the engine: loading, compressing, exporting and evaluating models. The
 * engine calls it from one thread, caches every result per run, and closes it at the end of the
 * run. {@link TensorFlowWorkbench} is the one on real SavedModels; engine tests use a fake.
 */
public interface Workbench extends AutoCloseable {

    /**
     * Loads the baseline SavedModel and evaluates it on the request's data.
     *
     * @throws Exception with a message naming what failed and how to fix it
     */
    LoadedBaseline baseline(BaselineRequest request) throws Exception;

    /** Releases models and native resources; does nothing by default. */
    @Override
    default void close() throws Exception {}

    /** A baseline this workbench loaded: what specs see of it, and the candidates made from it. */
    interface LoadedBaseline {

        /** The evaluated baseline, as specs and reports see it. */
        Baseline baseline();

        /**
         * Applies {@code recipe} to a copy of the baseline's weights, exports the candidate and
         * evaluates it on the baseline's data.
         *
         * @param recipeName the recipe's name, for paths and reports
         * @param recipe the recipe to apply
         * @throws Exception with a message naming what failed and how to fix it
         */
        Candidate candidate(String recipeName, Recipe recipe) throws Exception;
    }
}
