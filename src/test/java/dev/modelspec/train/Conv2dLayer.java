package dev.modelspec.train;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A stride-1 2-D convolution over NHWC input with a bias and an optional ReLU. */
final class Conv2dLayer implements Layer {

    private final String name;
    private final long[] inputShape;
    private final int filters;
    private final int kernelSize;
    private final Padding padding;
    private final boolean relu;

    Conv2dLayer(String name, long[] inputShape, int filters, int kernelSize, Padding padding, boolean relu) {
        Layer.require(inputShape.length == 3,
                "Conv2D needs input [height, width, channels], got " + Arrays.toString(inputShape) + "; add a reshape");
        Layer.require(filters > 0, "Conv2D filters must be positive, got " + filters);
        Layer.require(kernelSize > 0, "Conv2D kernel size must be positive, got " + kernelSize);
        Layer.require(padding != null, "Conv2D padding must not be null");
        Layer.require(padding.outputLength(Math.min(inputShape[0], inputShape[1]), kernelSize) > 0,
                "Conv2D kernel " + kernelSize + " is larger than its input " + Arrays.toString(inputShape));
        this.name = name;
        this.inputShape = inputShape.clone();
        this.filters = filters;
        this.kernelSize = kernelSize;
        this.padding = padding;
        this.relu = relu;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return new long[] {
            padding.outputLength(inputShape[0], kernelSize), padding.outputLength(inputShape[1], kernelSize), filters
        };
    }

    @Override
    public void createVariables(VariableStore variables, Random random) {
        long area = (long) kernelSize * kernelSize;
        Shape kernel = Shape.of(kernelSize, kernelSize, inputShape[2], filters);
        variables.create(name + "/kernel", TFloat32.class, kernel,
                InitialValues.glorotUniform(random, kernel, area * inputShape[2], area * filters));
        variables.create(name + "/bias", TFloat32.class, Shape.of(filters), InitialValues.zeros(Shape.of(filters)));
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        Ops tf = pass.scope(name);
        Operand<TFloat32> kernel = pass.read(name, "kernel");
        Operand<TFloat32> bias = pass.read(name, "bias");
        Operand<TFloat32> output = tf.nn.biasAdd(tf.nn.conv2d(input, kernel, List.of(1L, 1L, 1L, 1L), padding.name()), bias);
        return relu ? tf.nn.relu(output) : output;
    }
}
