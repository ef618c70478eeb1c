package dev.modelspec.train;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TType;

/** Which op holds the variables of a model. */
enum VariableKind {
    /** {@code VarHandleOp} with {@code ReadVariableOp} and {@code AssignVariableOp}, as TF2 writes. */
    RESOURCE,
    /** {@code VariableV2} references, as TF1 wrote. */
    LEGACY;

    /** Adds a variable named {@code leafName} in {@code scope}, whose full name is {@code name}. */
    GraphVariable create(Ops scope, String leafName, String name, Class<? extends TType> type, Shape shape) {
        return this == RESOURCE
                ? new ResourceVariable(scope, leafName, name, type, shape)
                : new LegacyVariable(scope, leafName, name, type, shape);
    }
}
