package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;

/**
 * Inverted dropout: while training, zeroes each element with probability {@code rate} and scales
 * the rest by {@code 1 / (1 - rate)}; the serving pass passes its input through.
 */
final class DropoutLayer implements Layer {

    private final String name;
    private final long[] shape;
    private final float rate;

    DropoutLayer(String name, long[] inputShape, float rate) {
        Layer.require(rate >= 0 && rate < 1, "Dropout rate must be in [0, 1), got " + rate);
        this.name = name;
        this.shape = inputShape.clone();
        this.rate = rate;
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
        if (!pass.training()) {
            return input;
        }
        Ops tf = pass.scope(name);
        Operand<TFloat32> uniform = tf.random.randomUniform(tf.shape(input), TFloat32.class,
                RandomUniform.seed(pass.seed()), RandomUniform.seed2((long) name.hashCode()));
        Operand<TFloat32> kept = tf.dtypes.cast(tf.math.greaterEqual(uniform, tf.constant(rate)), TFloat32.class);
        return tf.math.mul(input, tf.math.mul(kept, tf.constant(1 / (1 - rate))));
    }
}
