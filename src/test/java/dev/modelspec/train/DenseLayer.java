package dev.modelspec.train;

import java.util.Arrays;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A fully connected layer with a bias and an optional ReLU. */
final class DenseLayer implements Layer {

    private final String name;
    private final long inputLength;
    private final int units;
    private final boolean relu;

    DenseLayer(String name, long[] inputShape, int units, boolean relu) {
        Layer.require(inputShape.length == 1,
                "Dense needs a vector input, got " + Arrays.toString(inputShape) + "; add a flatten");
        Layer.require(units > 0, "Dense units must be positive, got " + units);
        this.name = name;
        this.inputLength = inputShape[0];
        this.units = units;
        this.relu = relu;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return new long[] {units};
    }

    @Override
    public void createVariables(VariableStore variables, Random random) {
        Shape kernel = Shape.of(inputLength, units);
        variables.create(name + "/kernel", TFloat32.class, kernel,
                InitialValues.glorotUniform(random, kernel, inputLength, units));
        variables.create(name + "/bias", TFloat32.class, Shape.of(units), InitialValues.zeros(Shape.of(units)));
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        Ops tf = pass.scope(name);
        Operand<TFloat32> kernel = pass.read(name, "kernel");
        Operand<TFloat32> bias = pass.read(name, "bias");
        Operand<TFloat32> output = tf.nn.biasAdd(tf.linalg.matMul(input, kernel), bias);
        return relu ? tf.nn.relu(output) : output;
    }
}
