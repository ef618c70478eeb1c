package dev.modelspec.recipe.finetune;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule of {@link FineTuning}: the prunable weights that are zero before training stay zero,
 * so the sparsity of earlier steps is kept; and where a kernel's whole output channel is zero (a
 * pruned filter), the zero entries of that channel's {@link ChannelParameters} (bias, BatchNormalization
 * scale and offset) stay zero too, so the filter still outputs zero and its removal stays exact.
 */
record KeepingZeros(int epochs, int batchSize, String canonicalForm, ChannelParameters channels)
        implements MaskSchedule<KeepingZeros.ZeroMask> {

    /** The elements of one tensor that were zero. */
    record ZeroMask(BitSet zeros) implements MaskSchedule.Mask {

        static ZeroMask of(FloatTensor tensor) {
            return within(tensor, null);
        }

        /** The zeros of {@code tensor} in the channels (last dimension) {@code channels}, all channels if null. */
        static ZeroMask within(FloatTensor tensor, BitSet channels) {
            float[] values = tensor.values();
            int width = tensor.rank() == 0 ? 1 : (int) tensor.dimension(-1);
            BitSet zeros = new BitSet(values.length);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0f && (channels == null || channels.get(i % width))) {
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

    private Map<String, ZeroMask> zerosOf(WeightSet weights) {
        Map<String, ZeroMask> masks = new LinkedHashMap<>();
        for (WeightSet.Entry kernel : weights.prunable()) {
            masks.put(kernel.variable().name(), ZeroMask.of(kernel.tensor()));
            BitSet dead = zeroChannels(kernel.tensor());
            if (dead.isEmpty()) {
                continue;
            }
            for (String name : channels.silencing(kernel.variable().name())) {
                FloatTensor parameter = weights.contains(name) ? weights.get(name).tensor() : null;
                if (parameter != null && parameter.rank() > 0 && parameter.dimension(-1) == kernel.tensor().dimension(-1)) {
                    masks.putIfAbsent(name, ZeroMask.within(parameter, dead));
                }
            }
        }
        return masks;
    }

    /** The output channels (last dimension) of {@code kernel} whose weights are all zero. */
    private static BitSet zeroChannels(FloatTensor kernel) {
        if (kernel.rank() < 2) {
            return new BitSet();
        }
        int width = (int) kernel.dimension(-1);
        BitSet live = new BitSet(width);
        float[] values = kernel.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0f) {
                live.set(i % width);
            }
        }
        BitSet dead = new BitSet(width);
        dead.set(0, width);
        dead.andNot(live);
        return dead;
    }
}
