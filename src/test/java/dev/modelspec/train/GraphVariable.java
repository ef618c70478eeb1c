package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/** A variable in a graph, whichever kind of variable op holds it. */
interface GraphVariable {

    /** Its name, which is also its node name and its checkpoint key, e.g. {@code dense/kernel}. */
    String name();

    /** Its element type. */
    Class<? extends TType> type();

    /** Its shape. */
    Shape shape();

    /** The operand other variable ops take: the resource handle or the reference. */
    Operand<?> handle();

    /** Adds an op reading its current value. */
    Operand<?> read(Ops tf);

    /** Adds an op assigning {@code value} to it. */
    Op assign(Ops tf, Operand<?> value);

    /** Adds an Adam update of this variable with slots {@code m} and {@code v}. */
    Op applyAdam(Ops tf, GraphVariable m, GraphVariable v, AdamCoefficients coefficients, Operand<TFloat32> gradient);

    /** Adds an op incrementing this INT64 scalar by one. */
    Op increment(Ops tf);

    /** Casts an operand to the element type its variable declares. */
    @SuppressWarnings("unchecked")
    static <T extends TType> Operand<T> typed(Operand<?> operand) {
        return (Operand<T>) operand;
    }
}
