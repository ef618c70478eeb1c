package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TType;

/** A TF1-style {@code VariableV2}: a reference read by dereferencing and written in place. */
final class LegacyVariable implements GraphVariable {

    private final String name;
    private final Class<? extends TType> type;
    private final Shape shape;
    private final Operand<TType> reference;

    LegacyVariable(Ops scope, String leafName, String name, Class<? extends TType> type, Shape shape) {
        this.name = name;
        this.type = type;
        this.shape = shape;
        this.reference = GraphVariable.typed(scope.withName(leafName).variable(shape, type));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<? extends TType> type() {
        return type;
    }

    @Override
    public Shape shape() {
        return shape;
    }

    @Override
    public Operand<?> handle() {
        return reference;
    }

    @Override
    public Operand<?> read(Ops tf) {
        return tf.identity(reference);
    }

    @Override
    public Op assign(Ops tf, Operand<?> value) {
        return tf.assign(reference, GraphVariable.typed(value));
    }

    @Override
    public Op applyAdam(Ops tf, GraphVariable m, GraphVariable v, AdamCoefficients c, Operand<TFloat32> gradient) {
        Operand<TFloat32> variable = GraphVariable.typed(reference);
        return tf.train.applyAdam(variable, GraphVariable.typed(m.handle()), GraphVariable.typed(v.handle()),
                c.beta1Power(), c.beta2Power(), c.learningRate(), c.beta1(), c.beta2(), c.epsilon(), gradient);
    }

    @Override
    public Op increment(Ops tf) {
        Operand<TInt64> counter = GraphVariable.typed(reference);
        return tf.assignAdd(counter, tf.constant(1L));
    }
}
