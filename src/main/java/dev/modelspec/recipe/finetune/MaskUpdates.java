package dev.modelspec.recipe.finetune;

import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.pruning.GradualPruning;
import dev.modelspec.recipe.pruning.PruningMask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which weights a fine-tuning loop holds at zero: before training, after each step, and at the end. */
interface MaskUpdates {

    /** The masks in force from the first step, given the prunable weights before training. */
    Map<String, PruningMask> initial(WeightSet prunable);

    /** New masks after training step {@code step}, or empty to keep the current ones. */
    Optional<Map<String, PruningMask>> at(long step, WeightSet prunable);

    /** The masks applied once after the last step. */
    Map<String, PruningMask> last(WeightSet prunable, Map<String, PruningMask> current);

    /** tfmot's schedule: no masks at first, recomputed when {@code plan} prunes, its final sparsity at the end. */
    static MaskUpdates gradual(GradualPruning plan) {
        return new MaskUpdates() {
            @Override
            public Map<String, PruningMask> initial(WeightSet prunable) {
                return Map.of();
            }

            @Override
            public Optional<Map<String, PruningMask>> at(long step, WeightSet prunable) {
                return plan.masksAt(step, prunable);
            }

            @Override
            public Map<String, PruningMask> last(WeightSet prunable, Map<String, PruningMask> current) {
                return plan.maskSettings().computeMasks(prunable, plan.finalSparsity());
            }
        };
    }

    /** The weights that are zero before training stay zero: the sparsity of earlier pruning is kept. */
    static MaskUpdates keepingZeros() {
        return new MaskUpdates() {
            @Override
            public Map<String, PruningMask> initial(WeightSet prunable) {
                Map<String, PruningMask> zeros = new LinkedHashMap<>();
                prunable.prunable().forEach(e -> zeros.put(e.variable().name(), PruningMask.ofZeros(e.tensor())));
                return zeros;
            }

            @Override
            public Optional<Map<String, PruningMask>> at(long step, WeightSet prunable) {
                return Optional.empty();
            }

            @Override
            public Map<String, PruningMask> last(WeightSet prunable, Map<String, PruningMask> current) {
                return current;
            }
        };
    }
}
