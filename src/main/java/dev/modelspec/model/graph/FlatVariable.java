package dev.modelspec.model.graph;

import java.util.Arrays;
import java.util.Objects;
import org.tensorflow.proto.DataType;

/**
 * One weight of a {@link FlatGraph}: a {@code VarHandleOp} named {@link #name()} (its {@code
 * shared_name} is the same string) read once by the {@code ReadVariableOp} {@link #readTensor()}.
 * Every use of the weight in the flat graph goes through that read, so gradients with respect to it
 * are gradients with respect to the weight.
 *
 * @param name the flat graph's handle node, also its {@code shared_name} and checkpoint key
 * @param readTensor the tensor that reads the value, e.g. {@code dense/kernel/read:0}
 * @param dataType the element type
 * @param shape the shape, {@code -1} where the source does not fix a dimension
 * @param sourceHandle the node of the original graph that holds this weight: the main graph's
 *     {@code VarHandleOp} the serving signature passes to its call, or the TF1 {@code VariableV2}
 * @param sourceVariable the variable's name as {@link dev.modelspec.model.SavedModel} lists it: the
 *     source handle's {@code shared_name}, or its node name when that is empty
 */
public record FlatVariable(String name, String readTensor, DataType dataType, long[] shape, String sourceHandle,
        String sourceVariable) {

    /** Checks for nulls and copies the shape. */
    public FlatVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(readTensor, "readTensor");
        Objects.requireNonNull(dataType, "dataType");
        shape = shape.clone();
        Objects.requireNonNull(sourceHandle, "sourceHandle");
        Objects.requireNonNull(sourceVariable, "sourceVariable");
    }

    /** A copy of the shape. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Whether the weight holds float32 values. */
    public boolean isFloat() {
        return dataType == DataType.DT_FLOAT;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlatVariable v && name.equals(v.name) && readTensor.equals(v.readTensor)
                && dataType == v.dataType && Arrays.equals(shape, v.shape) && sourceHandle.equals(v.sourceHandle)
                && sourceVariable.equals(v.sourceVariable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, readTensor, dataType, Arrays.hashCode(shape), sourceHandle, sourceVariable);
    }

    @Override
    public String toString() {
        return name + " " + dataType + Arrays.toString(shape) + " (from " + sourceHandle + ")";
    }
}
