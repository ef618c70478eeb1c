package dev.modelspec.recipe.quantization;

import dev.modelspec.model.graph.WeightStorage;
import java.util.Optional;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.WeightEncoding;

/**
 * Int8 weight quantization: rounds every prunable weight to the values its int8 encoding
 * represents, as TFLite's weight quantization does. Symmetric (default): scale {@code max|w| / 127},
 * {@code q = clamp(round(w / scale), -127, 127)}. Asymmetric: the range {@code [min, max]} widened to
 * include 0, scale {@code (max - min) / 255}, an integer zero point, {@code q} in {@code [-128, 127]}.
 * One scale per tensor (default) or per output channel (the last dimension). Every weight moves by
 * at most half its scale, and zeros stay exactly zero. Biases and other parameters are left alone
 * (TFLite keeps biases in 32 bits). Immutable; every setter returns a new step.
 *
 * <p>Post-training quantization: the weights are rounded as they are. To fine-tune them for the grid
 * first, pass this step to {@code FineTuning.epochs(n).quantizationAware(...)} (docs/fine-tuning.md).
 *
 * <p>Canonical form: {@code quantize.int8(scheme=symmetric,granularity=per-tensor)}.
 */
public final class Int8Quantization implements CompressionStep, WeightEncoding {

    private final boolean symmetric;
    private final boolean perChannel;
    private final boolean stored;

    private Int8Quantization(boolean symmetric, boolean perChannel, boolean stored) {
        this.symmetric = symmetric;
        this.perChannel = perChannel;
        this.stored = stored;
    }

    static Int8Quantization defaults() {
        return new Int8Quantization(true, false, false);
    }

    /**
     * This step shipping its weights as int8 variables with their scales (and zero points), dequantized
     * in the graph where they are read: the SavedModel's weights shrink about 4×, and the shipped
     * model computes exactly what the float candidate computes. The shipped model is serving-only
     * (docs/storage.md). Without it, weights stay float32 on the int8 grid.
     */
    public Int8Quantization stored() {
        return new Int8Quantization(symmetric, perChannel, true);
    }

    /** This step with a zero point of 0 and integers in {@code [-127, 127]} (the default). */
    public Int8Quantization symmetric() {
        return new Int8Quantization(true, perChannel, stored);
    }

    /** This step with a zero point fitted to each range and integers in {@code [-128, 127]}. */
    public Int8Quantization asymmetric() {
        return new Int8Quantization(false, perChannel, stored);
    }

    /** This step with one scale for each whole tensor (the default). */
    public Int8Quantization perTensor() {
        return new Int8Quantization(symmetric, false, stored);
    }

    /** This step with one scale per output channel (the last dimension). */
    public Int8Quantization perChannel() {
        return new Int8Quantization(symmetric, true, stored);
    }

    /** Whether the zero point is 0 and the integers in {@code [-127, 127]} (else a fitted zero point). */
    public boolean isSymmetric() {
        return symmetric;
    }

    /** Whether each output channel (the last dimension) has a scale of its own (else one per tensor). */
    public boolean isPerChannel() {
        return perChannel;
    }

    /** Always 8. */
    @Override
    public int bitsPerWeight() {
        return 8;
    }

    @Override
    public void apply(WeightSet weights, StepContext context) {
        weights.prunable().forEach(entry -> quantize(entry.tensor()));
    }

    @Override
    public String canonicalForm() {
        return "quantize.int8(scheme=" + (symmetric ? "symmetric" : "asymmetric") + ",granularity="
                + (perChannel ? "per-channel" : "per-tensor") + (stored ? ",storage=int8" : "") + ")";
    }

    @Override
    public Optional<WeightStorage> storage() {
        return stored ? Optional.of(WeightStorage.INT8) : Optional.empty();
    }

    @Override
    public String toString() {
        return canonicalForm();
    }

    /** Rounds {@code tensor} in place. */
    void quantize(FloatTensor tensor) {
        float[] values = tensor.values();
        int channels = perChannel && tensor.rank() > 0 ? (int) tensor.dimension(-1) : 1;
        if (channels == 0) {
            return;
        }
        float[] min = new float[channels];
        float[] max = new float[channels];
        for (int i = 0; i < values.length; i++) {
            if (Float.isFinite(values[i])) {
                min[i % channels] = Math.min(min[i % channels], values[i]);
                max[i % channels] = Math.max(max[i % channels], values[i]);
            }
        }
        Int8Grid[] grids = new Int8Grid[channels];
        for (int c = 0; c < channels; c++) {
            grids[c] = symmetric ? Int8Grid.symmetric(min[c], max[c]) : Int8Grid.asymmetric(min[c], max[c]);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = grids[i % channels].roundTrip(values[i]);
        }
    }
}
