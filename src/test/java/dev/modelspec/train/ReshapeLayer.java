package dev.modelspec.train;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Reshapes each example to a new shape with the same number of elements. */
final class ReshapeLayer implements Layer {

    private final String name;
    private final long[] targetShape;

    ReshapeLayer(String name, long[] inputShape, long[] targetShape) {
        Layer.require(targetShape.length > 0 && Arrays.stream(targetShape).allMatch(d -> d > 0),
                "Reshape needs positive dimensions, got " + Arrays.toString(targetShape));
        Layer.require(elementCount(inputShape) == elementCount(targetShape),
                "Reshape cannot turn " + Arrays.toString(inputShape) + " into " + Arrays.toString(targetShape));
        this.name = name;
        this.targetShape = targetShape.clone();
    }

    /** The number of elements of one example of {@code shape}. */
    static long elementCount(long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return targetShape.clone();
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        long[] batchShape = LongStream.concat(LongStream.of(-1), Arrays.stream(targetShape)).toArray();
        return pass.scope(name).reshape(input, pass.scope(name).constant(batchShape));
    }
}
