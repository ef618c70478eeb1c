package dev.modelspec.train;

import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Non-overlapping max pooling over square windows of NHWC input, with valid padding. */
final class MaxPool2dLayer implements Layer {

    private final String name;
    private final long[] inputShape;
    private final int size;

    MaxPool2dLayer(String name, long[] inputShape, int size) {
        Layer.require(inputShape.length == 3,
                "MaxPool2D needs input [height, width, channels], got " + Arrays.toString(inputShape));
        Layer.require(size > 0, "MaxPool2D pool size must be positive, got " + size);
        Layer.require(inputShape[0] >= size && inputShape[1] >= size,
                "MaxPool2D pool size " + size + " is larger than its input " + Arrays.toString(inputShape));
        this.name = name;
        this.inputShape = inputShape.clone();
        this.size = size;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return new long[] {inputShape[0] / size, inputShape[1] / size, inputShape[2]};
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        Ops tf = pass.scope(name);
        int[] window = {1, size, size, 1};
        return tf.nn.maxPool(input, tf.constant(window), tf.constant(window), "VALID");
    }
}
