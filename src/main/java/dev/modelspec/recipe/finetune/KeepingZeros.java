package dev.modelspec.recipe.finetune;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.WeightSet;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule of {@link FineTuning}: the prunable weights that are zero before training stay zero,
 * so the sparsity of earlier steps is kept.
 */
record KeepingZeros(int epochs, int batchSize, String canonicalForm) implements MaskSchedule<KeepingZeros.ZeroMask> {

    /** The elements of one tensor that were zero. */
    record ZeroMask(BitSet zeros) implements MaskSchedule.Mask {

        static ZeroMask of(FloatTensor tensor) {
            float[] values = tensor.values();
            BitSet zeros = new BitSet(values.length);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0f) {
                    zeros.set(i);
                }
            }
            return new ZeroMask(zeros);
        }

        @Override
        public void applyTo(FloatTensor tensor) {
            float[] values = tensor.values();
            for (int i = zeros.nextSetBit(0); i >= 0; i = zeros.nextSetBit(i + 1)) {
                values[i] = 0f;
            }
        }
    }

    @Override
    public Map<String, ZeroMask> initialMasks(WeightSet weights) {
        return zerosOf(weights);
    }

    @Override
    public Optional<Map<String, ZeroMask>> masksAt(long step, WeightSet weights) {
        return Optional.empty();
    }

    /** The zeros held all along: after every step's masks, exactly the ones the weights started with. */
    @Override
    public Map<String, ZeroMask> finalMasks(WeightSet weights) {
        return zerosOf(weights);
    }

    private static Map<String, ZeroMask> zerosOf(WeightSet weights) {
        Map<String, ZeroMask> masks = new LinkedHashMap<>();
        weights.prunable().forEach(e -> masks.put(e.variable().name(), ZeroMask.of(e.tensor())));
        return masks;
    }
}
