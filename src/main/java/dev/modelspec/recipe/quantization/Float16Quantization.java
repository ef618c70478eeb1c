package dev.modelspec.recipe.quantization;

import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.WeightEncoding;
import java.util.Optional;

/**
 * Float16 quantization: rounds weights to the nearest IEEE 754 half-precision value (ties to even;
 * beyond 65504 they become infinite, as in a float16 model). Touches the prunable weights, or all
 * float parameters but training state with {@link #includingOtherParameters()} as TFLite's float16
 * conversion does. Zeros stay zero. Immutable.
 *
 * <p>Canonical forms: {@code quantize.float16(weights=prunable)}, {@code quantize.float16(weights=all)}.
 */
public final class Float16Quantization implements CompressionStep, WeightEncoding {

    private final boolean otherParameters;
    private final boolean stored;

    private Float16Quantization(boolean otherParameters, boolean stored) {
        this.otherParameters = otherParameters;
        this.stored = stored;
    }

    static Float16Quantization defaults() {
        return new Float16Quantization(false, false);
    }

    /** This step also rounding biases, normalization parameters and every other serving parameter. */
    public Float16Quantization includingOtherParameters() {
        return new Float16Quantization(true, stored);
    }

    /**
     * This step shipping its weights as float16 variables cast to float32 where they are read: the
     * weights' bytes halve and the shipped, serving-only model computes what the candidate computes
     * (docs/storage.md). Without it, weights stay float32 holding half-precision values.
     */
    public Float16Quantization stored() {
        return new Float16Quantization(otherParameters, true);
    }

    @Override
    public Optional<WeightStorage> storage() {
        return stored ? Optional.of(WeightStorage.FLOAT16) : Optional.empty();
    }

    /** Always 16. */
    @Override
    public int bitsPerWeight() {
        return 16;
    }

    @Override
    public void apply(WeightSet weights, StepContext context) {
        for (WeightSet.Entry entry : weights.entries()) {
            VariableRole role = entry.variable().role();
            if (role == VariableRole.PRUNABLE_WEIGHT || (otherParameters && role == VariableRole.OTHER_PARAMETER)) {
                float[] values = entry.tensor().values();
                for (int i = 0; i < values.length; i++) {
                    values[i] = HalfPrecision.roundTrip(values[i]);
                }
            }
        }
    }

    @Override
    public String canonicalForm() {
        return "quantize.float16(weights=" + (otherParameters ? "all" : "prunable") + (stored ? ",storage=float16" : "")
                + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
