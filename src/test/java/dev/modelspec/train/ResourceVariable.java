package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.VarHandleOp;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/** A TF2-style resource variable: a {@code VarHandleOp} read and written through its handle. */
final class ResourceVariable implements GraphVariable {

    private final String name;
    private final Class<? extends TType> type;
    private final Shape shape;
    private final VarHandleOp handle;

    ResourceVariable(Ops scope, String leafName, String name, Class<? extends TType> type, Shape shape) {
        this.name = name;
        this.type = type;
        this.shape = shape;
        this.handle = scope.withName(leafName).varHandleOp(type, shape, VarHandleOp.sharedName(name));
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
        return handle;
    }

    @Override
    public Operand<?> read(Ops tf) {
        return tf.readVariableOp(handle, type);
    }

    @Override
    public Op assign(Ops tf, Operand<?> value) {
        return tf.assignVariableOp(handle, value);
    }

    @Override
    public Op applyAdam(Ops tf, GraphVariable m, GraphVariable v, AdamCoefficients c, Operand<TFloat32> gradient) {
        return tf.train.resourceApplyAdam(handle, m.handle(), v.handle(), c.beta1Power(), c.beta2Power(),
                c.learningRate(), c.beta1(), c.beta2(), c.epsilon(), gradient);
    }

    @Override
    public Op increment(Ops tf) {
        return tf.assignAddVariableOp(handle, tf.constant(1L));
    }
}
