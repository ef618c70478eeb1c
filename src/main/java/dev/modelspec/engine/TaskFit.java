package dev.modelspec.engine;

import dev.modelspec.api.Baseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks, once the baseline's task is known, that every tolerance of a spec can measure it, so an
 * accuracy limit on a regression (or an MSE limit on a classifier) fails the baseline before any
 * recipe compresses anything.
 */
final class TaskFit {

    private TaskFit() {}

    /** The spec's baseline, checked against every recipe's limits. */
    static Memo<Baseline> checked(SpecModel model, Memo<Baseline> baseline) {
        return new Memo<>(() -> {
            Baseline loaded;
            try {
                loaded = baseline.get();
            } catch (ModelSpecException e) {
                throw new IllegalStateException(e.getMessage(), e.getCause());
            }
            List<String> unfit = new ArrayList<>();
            for (SpecModel.RecipeModel recipe : model.recipes()) {
                for (Map.Entry<Metric, Double> limit : recipe.limits().entrySet()) {
                    String problem = limit.getKey().notApplicable(loaded.task(), limit.getValue());
                    if (!limit.getKey().appliesTo(loaded.task()) && !unfit.contains(problem)) {
                        unfit.add(problem);
                    }
                }
            }
            if (!unfit.isEmpty()) {
                throw new IllegalStateException("The @Tolerance of " + model.specClass().getName()
                        + " does not suit its baseline " + model.baseline() + ": " + String.join("; ", unfit)
                        + ". If the task was detected wrongly, declare it: @ModelSpec(task = ...)");
            }
            return loaded;
        }, "");
    }
}
