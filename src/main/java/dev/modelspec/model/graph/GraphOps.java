package dev.modelspec.model.graph;

import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.GraphOperationBuilder;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Adds ops to a graph under one name scope, each with a unique name; the raw builder for what a rewrite adds. */
final class GraphOps {

    /** An optimizer's variable: its handle and the op that sets it to zeros. */
    record Slot(Output<?> handle, GraphOperation initializer) {}

    private final Graph graph;
    private final String scope;
    private int counter;

    GraphOps(Graph graph, String scope) {
        this.graph = graph;
        this.scope = scope;
    }

    Graph graph() {
        return graph;
    }

    /** A builder for an op of {@code type} named {@code <scope><name>_<n>}. */
    GraphOperationBuilder op(String type, String name) {
        return graph.opBuilder(type, uniqueName(name), graph.baseScope());
    }

    private String uniqueName(String name) {
        String unique;
        do {
            unique = scope + name + "_" + counter++;
        } while (graph.operation(unique) != null);
        return unique;
    }

    Output<?> unary(String type, Output<?> x) {
        return op(type, type).addInput(x).build().output(0);
    }

    Output<?> binary(String type, Output<?> x, Output<?> y) {
        return op(type, type).addInput(x).addInput(y).build().output(0);
    }

    Output<?> scalar(float value) {
        try (TFloat32 tensor = TFloat32.scalarOf(value)) {
            return op("Const", "float").setAttr("dtype", DataType.DT_FLOAT).setAttr("value", tensor).build().output(0);
        }
    }

    Output<?> ints(int... values) {
        try (TInt32 tensor = TInt32.tensorOf(Shape.of(values.length), DataBuffers.of(values, true, false))) {
            return op("Const", "ints").setAttr("dtype", DataType.DT_INT32).setAttr("value", tensor).build().output(0);
        }
    }

    Output<?> intScalar(int value) {
        try (TInt32 tensor = TInt32.scalarOf(value)) {
            return op("Const", "int").setAttr("dtype", DataType.DT_INT32).setAttr("value", tensor).build().output(0);
        }
    }

    Output<?> placeholder(String name, DataType type, Shape shape) {
        return op("Placeholder", name).setAttr("dtype", type).setAttr("shape", shape).build().output(0);
    }

    /** The mean of every element of {@code x}. */
    Output<?> mean(Output<?> x) {
        Output<?> flat = binary("Reshape", x, ints(-1));
        return op("Mean", "Mean").addInput(flat).addInput(ints(0)).build().output(0);
    }

    /**
     * A new resource variable of {@code like}'s type and shape, {@code shared_name} equal to its node
     * name (an empty one would make all such handles one resource), and the op that sets it to zeros.
     */
    Slot zerosVariable(String name, FlatVariable like, Output<?> likeRead) {
        String unique = uniqueName(name);
        GraphOperation handle = graph.opBuilder("VarHandleOp", unique, graph.baseScope())
                .setAttr("dtype", like.dataType()).setAttr("shape", Shape.of(like.shape()))
                .setAttr("shared_name", unique).setAttr("container", "").build();
        Output<?> zeros = unary("ZerosLike", likeRead);
        GraphOperation assign = op("AssignVariableOp", "init").addInput(handle.output(0)).addInput(zeros)
                .setAttr("dtype", like.dataType()).build();
        return new Slot(handle.output(0), assign);
    }
}
