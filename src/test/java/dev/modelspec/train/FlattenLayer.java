package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Flattens each example to a vector. */
final class FlattenLayer implements Layer {

    private final String name;
    private final long length;

    FlattenLayer(String name, long[] inputShape) {
        Layer.require(inputShape.length > 0, "Flatten needs a non-scalar input");
        this.name = name;
        this.length = ReshapeLayer.elementCount(inputShape);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long[] outputShape() {
        return new long[] {length};
    }

    @Override
    public Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input) {
        return pass.scope(name).reshape(input, pass.scope(name).constant(new long[] {-1, length}));
    }
}
