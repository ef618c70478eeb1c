package dev.modelspec.model.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;

/**
 * The int8 grid that quantization-aware training simulates on chosen weights: a pass that puts a
 * {@code FakeQuantWithMinMaxVars} ({@code …PerChannel} for one range per output channel, the last
 * dimension) after each chosen weight's read, so the graph computes with the weight rounded to its
 * int8 grid while gradients pass straight through to the float weight. TensorFlow 2.16's C++
 * gradient registry has no gradient for these ops (only Python's has), so the pass writes the
 * straight-through estimator itself: {@code read + StopGradient(fakeQuant(read) - read)}, the
 * rounded value forward (to the last bit of float32), the identity backward, which is what the ops'
 * own gradient is for values inside the range (all of them: the range is the weight's own).
 *
 * <p>The grid is the one int8 weight quantization exports: symmetric takes the range {@code ±max|w|}
 * with 255 levels ({@code narrow_range}: scale {@code max|w| / 127}, integers in {@code [-127,
 * 127]}); asymmetric the range {@code [min(w, 0), max(w, 0)]} with 256 levels and a nudged integer
 * zero point. The range is computed from the weight's current values at every step, and no gradient
 * flows through it. Values equal those of the exported grid up to float32 rounding of the last bit.
 *
 * @param symmetric zero point 0 and integers in {@code [-127, 127]}, else a fitted zero point
 * @param perChannel one range per output channel (the last dimension), else one per tensor
 */
public record FakeQuantization(boolean symmetric, boolean perChannel) {

    /** A range never narrower than this, so an all-zero weight (pruned filter) stays zero, not NaN. */
    private static final float SMALLEST_RANGE = 1e-30f;

    /**
     * {@code flat} with every weight named in {@code weights} (flat names) read through its int8 grid.
     *
     * @throws GraphRewriteException if such a weight is not float32, has a dimension the graph does
     *     not fix, or its read is a signature output itself
     */
    public FlatGraph applyTo(FlatGraph flat, Collection<String> weights) {
        GraphEdit edit = new GraphEdit(flat);
        for (String name : weights) {
            FlatVariable variable = flat.variable(name);
            long[] shape = variable.shape();
            if (!variable.isFloat() || Arrays.stream(shape).anyMatch(d -> d < 0)) {
                throw new GraphRewriteException("Weight " + variable + " cannot be fake-quantized: it needs a float32 value "
                        + "of known shape");
            }
            insert(edit, variable, shape);
        }
        return edit.build();
    }

    private void insert(GraphEdit edit, FlatVariable variable, long[] shape) {
        String base = variable.name() + "/fake_quant/";
        String read = variable.readTensor();
        String result = base + "result";
        if (!edit.unique(result).equals(result)) {
            throw new GraphRewriteException("Weight " + variable.name() + " is fake-quantized already");
        }
        edit.rewire(read, result, "");
        long channels = perChannel && shape.length > 0 ? shape[shape.length - 1] : 1;
        String rows = edit.add(base + "rows", "Reshape", List.of(read,
                        edit.intConstant(base + "rows_shape", new long[] {perChannel ? 2 : 1},
                                perChannel ? new int[] {-1, Math.toIntExact(channels)} : new int[] {-1})),
                "T", GraphEdit.type(DataType.DT_FLOAT));
        String axis = edit.intConstant(base + "axis", new long[] {1}, new int[] {0});
        String low;
        String high;
        if (symmetric) {
            high = widened(edit, base, reduce(edit, base + "max_abs", "Max", unary(edit, base + "abs", "Abs", rows), axis));
            low = unary(edit, base + "min", "Neg", high);
        } else {
            String zero = edit.floatConstant(base + "zero", new long[0], new float[] {0f});
            low = binary(edit, base + "low", "Minimum", reduce(edit, base + "min", "Min", rows, axis), zero);
            high = widened(edit, base, binary(edit, base + "high", "Maximum", reduce(edit, base + "max", "Max", rows, axis), zero));
        }
        String quantized = edit.add(base + "quantize", perChannel ? "FakeQuantWithMinMaxVarsPerChannel" : "FakeQuantWithMinMaxVars",
                List.of(perChannel ? rows : read, low, high),
                "num_bits", AttrValue.newBuilder().setI(8).build(), "narrow_range", GraphEdit.bool(symmetric));
        if (perChannel) {
            quantized = edit.add(base + "reshape", "Reshape", List.of(quantized, edit.intConstant(base + "shape",
                    new long[] {shape.length}, Arrays.stream(shape).mapToInt(Math::toIntExact).toArray())),
                    "T", GraphEdit.type(DataType.DT_FLOAT));
        }
        // read + StopGradient(quantized - read): the rounded value forward, the identity backward.
        String rounding = unary(edit, base + "rounding", "StopGradient", binary(edit, base + "difference", "Sub", quantized, read));
        binary(edit, base + "result", "AddV2", read, rounding);
    }

    private static String widened(GraphEdit edit, String base, String range) {
        return binary(edit, base + "widened", "Maximum", range, edit.floatConstant(base + "smallest", new long[0],
                new float[] {SMALLEST_RANGE}));
    }

    private static String reduce(GraphEdit edit, String name, String op, String x, String axis) {
        return edit.add(name, op, List.of(x, axis), "T", GraphEdit.type(DataType.DT_FLOAT), "Tidx", GraphEdit.type(DataType.DT_INT32),
                "keep_dims", GraphEdit.bool(false));
    }

    private static String unary(GraphEdit edit, String name, String op, String x) {
        return edit.add(name, op, List.of(x), "T", GraphEdit.type(DataType.DT_FLOAT));
    }

    private static String binary(GraphEdit edit, String name, String op, String x, String y) {
        return edit.add(name, op, List.of(x, y), "T", GraphEdit.type(DataType.DT_FLOAT));
    }

    /** E.g. {@code int8(symmetric,per-tensor)}. */
    @Override
    public String toString() {
        return "int8(" + (symmetric ? "symmetric" : "asymmetric") + "," + (perChannel ? "per-channel" : "per-tensor") + ")";
    }
}
