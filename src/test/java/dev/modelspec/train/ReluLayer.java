package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** An element-wise ReLU. */
final class ReluLayer implements Layer {

    private final String name;
    private final long[] shape;

    ReluLayer(String name, long[] inputShape) {
        this.name = name;
        this.shape = inputShape.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return shape.clone();
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        return pass.scope(name).nn.relu(input);
    }
}
