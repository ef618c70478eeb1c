package dev.modelspec.train;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** The scalar inputs of one Adam step, shared by the updates of all variables. */
record AdamCoefficients(
        Operand<TFloat32> beta1Power,
        Operand<TFloat32> beta2Power,
        Operand<TFloat32> learningRate,
        Operand<TFloat32> beta1,
        Operand<TFloat32> beta2,
        Operand<TFloat32> epsilon) {}
