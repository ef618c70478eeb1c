package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.proto.DataType;

/**
 * The filter removal pass: removes chosen output channels of one Conv2D or MatMul kernel and
 * everything that depends on them, as a {@link ChannelTrace} found it (bias, BatchNormalization
 * parameters, the next layer's input channels, through a flatten the next dense kernel's rows, the
 * flatten's target size). The result computes what the original computes with the next layer's
 * inputs from those channels zeroed; where the trace cannot prove the removal safe, nothing
 * changes and the reason is returned.
 */
final class FilterRemoval {

    /** The graph and values after one removal, or the unchanged ones and why. */
    record Result(FlatGraph graph, Map<String, FloatTensor> values, int removed, Optional<String> refusal) {}

    private FilterRemoval() {}

    /** Removes the output channels {@code channels} of the kernel {@code kernel} (a flat weight name). */
    static Result remove(FlatGraph flat, Map<String, FloatTensor> values, String kernel, BitSet channels) {
        GraphEdit edit = new GraphEdit(flat);
        FlatVariable variable = edit.variable(kernel);
        if (variable == null) {
            throw new IllegalArgumentException("No weight " + kernel + " in the flat graph");
        }
        long outputs = variable.shape()[variable.shape().length - 1];
        if (channels.isEmpty() || channels.length() > outputs || channels.cardinality() == outputs) {
            return new Result(flat, values, 0, Optional.of(variable.sourceVariable() + ": cannot remove channels "
                    + channels + " of " + outputs + " (none, out of range, or all of them)"));
        }
        ChannelTrace trace = ChannelTrace.of(edit, variable);
        if (trace.refusal().isPresent()) {
            return new Result(flat, values, 0, trace.refusal().map(r -> variable.sourceVariable() + " keeps its filters: " + r));
        }
        Map<String, FloatTensor> changed = new LinkedHashMap<>(values);
        for (ChannelTrace.Slice slice : trace.slices()) {
            FloatTensor sliced = slice(changed.get(slice.variable()), slice.axis(), outputs, channels);
            changed.put(slice.variable(), sliced);
            edit.retype(slice.variable(), DataType.DT_FLOAT, sliced.shape());
        }
        long kept = outputs - channels.cardinality();
        for (ChannelTrace.SizeConstant size : trace.sizes()) {
            int[] updated = size.values().clone();
            updated[size.position()] = Math.toIntExact(updated[size.position()] / outputs * kept);
            edit.put(edit.node(size.node()).toBuilder().putAttr("value", org.tensorflow.proto.AttrValue.newBuilder()
                    .setTensor(IntConstants.withValues(edit.node(size.node()), updated)).build()).build());
        }
        return new Result(edit.build(), changed, channels.cardinality(), Optional.empty());
    }

    /**
     * {@code tensor} without the indices {@code i} along {@code axis} whose channel {@code i % period}
     * is in {@code channels} (period = the channel count, or a flatten's row count per position).
     */
    static FloatTensor slice(FloatTensor tensor, int axis, long period, BitSet channels) {
        long[] shape = tensor.shape();
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= (int) shape[d];
        }
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= (int) shape[d];
        }
        int length = (int) shape[axis];
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (!channels.get((int) (i % period))) {
                keep.add(i);
            }
        }
        float[] source = tensor.values();
        float[] target = new float[outer * keep.size() * inner];
        int next = 0;
        for (int o = 0; o < outer; o++) {
            for (int k : keep) {
                System.arraycopy(source, (o * length + k) * inner, target, next, inner);
                next += inner;
            }
        }
        shape[axis] = keep.size();
        return new FloatTensor(shape, target);
    }
}
