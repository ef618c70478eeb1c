package dev.modelspec.recipe.finetune;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.WeightSet;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link MaskedFineTuning} follows: how long to train, and which weight elements to hold at zero
 * through training. Gradual pruning ({@link dev.modelspec.recipe.pruning.GradualPruning}) is
 * one; the fine-tuning loop knows nothing of how the masks are chosen.
 *
 * @param <M> the masks
 */
public interface MaskSchedule<M extends MaskSchedule.Mask> {

    /** Which elements of one weight tensor are held at zero. */
    interface Mask {

        /** Sets the masked elements of {@code tensor} to zero. */
        void applyTo(FloatTensor tensor);
    }

    /** The number of training epochs, {@code >= 1}. */
    int epochs();

    /** The number of examples per training step, {@code >= 1}. */
    int batchSize();

    /** The schedule as the recipe writes it, to name it in messages. */
    String canonicalForm();

    /**
     * The masks by weight name held from the first training step, computed from the model's
     * parameters before training ({@code weights}: the prunable weights, biases and normalization
     * parameters); none by default. A mask may name any of them, e.g. a pruned filter's bias.
     */
    default Map<String, M> initialMasks(WeightSet weights) {
        return Map.of();
    }

    /**
     * The masks by weight name to hold from training {@code step} (counted from 0) on, computed from
     * the current prunable {@code weights} (with the other weights the initial masks name); empty to
     * keep the masks held so far. They name only weights among {@code weights}.
     */
    Optional<Map<String, M>> masksAt(long step, WeightSet weights);

    /** The masks of the result, computed from the trained prunable {@code weights} (as for {@link #masksAt}). */
    Map<String, M> finalMasks(WeightSet weights);
}
