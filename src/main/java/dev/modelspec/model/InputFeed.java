package dev.modelspec.model;

import java.nio.file.Path;
import java.util.Arrays;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * One input of a {@link SessionModelRunner}: its tensor, reused while the batch shape stays the same
 * (a fresh native tensor per batch costs page faults that measurably slow small models, see
 * docs/metrics.md), filled from float values and cast to the input's type.
 */
final class InputFeed implements AutoCloseable {

    private final TensorSpec spec;
    private final Path model;
    private Tensor tensor;
    private float[] floats = new float[0];
    private int[] ints = new int[0];
    private long[] longs = new long[0];

    InputFeed(TensorSpec spec, Path model) {
        this.spec = spec;
        this.model = model;
    }

    String tensorName() {
        return spec.tensorName();
    }

    /** The tensor holding all of {@code examples}: this input is the only one. */
    Tensor fill(float[] examples, int count, long[] shape) {
        return fill(examples, count, 0, examples.length / count, examples.length / count, shape);
    }

    /**
     * The tensor holding this input's part of every example: values {@code offset .. offset + length
     * - 1} of each example of {@code stride} values.
     */
    Tensor fill(float[] examples, int count, int offset, int stride, int length, long[] shape) {
        Tensor target = tensorOf(shape);
        float[] values = examples;
        if (length != stride) {
            floats = floats.length == count * length ? floats : new float[count * length];
            for (int i = 0; i < count; i++) {
                System.arraycopy(examples, i * stride + offset, floats, i * length, length);
            }
            values = floats;
        }
        switch (spec.dataType()) {
            case "DT_INT32" -> {
                ints = ints.length == values.length ? ints : new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    ints[i] = (int) whole(values[i], i / length, Integer.MIN_VALUE, Integer.MAX_VALUE);
                }
                target.asRawTensor().data().asInts().write(ints);
            }
            case "DT_INT64" -> {
                longs = longs.length == values.length ? longs : new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    longs[i] = whole(values[i], i / length, Long.MIN_VALUE, Long.MAX_VALUE);
                }
                target.asRawTensor().data().asLongs().write(longs);
            }
            default -> target.asRawTensor().data().asFloats().write(values);
        }
        return target;
    }

    private long whole(float value, int example, long min, long max) {
        if (value != Math.rint(value) || value < min || value > max) {
            throw new IllegalArgumentException(("the input %s of %s is %s, but example %d of the batch gives it %s: "
                    + "feed whole numbers (token ids) to an integer input").formatted(spec.key(), model,
                    spec.dataType(), example, value));
        }
        return (long) value;
    }

    private Tensor tensorOf(long[] shape) {
        if (tensor == null || !Arrays.equals(tensor.shape().asArray(), shape)) {
            close();
            tensor = switch (spec.dataType()) {
                case "DT_INT32" -> TInt32.tensorOf(Shape.of(shape));
                case "DT_INT64" -> TInt64.tensorOf(Shape.of(shape));
                default -> TFloat32.tensorOf(Shape.of(shape));
            };
        }
        return tensor;
    }

    @Override
    public void close() {
        if (tensor != null) {
            tensor.close();
            tensor = null;
        }
    }
}
