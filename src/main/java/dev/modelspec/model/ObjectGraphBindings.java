package dev.modelspec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedObjectGraphOuterClass.SavedConcreteFunction;
import org.tensorflow.proto.SavedObjectGraphOuterClass.SavedObject;
import org.tensorflow.proto.SavedObjectGraphOuterClass.SavedObjectGraph;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;

/**
 * How Python reads the variables a signature's function captures. A TF2 signature's output comes
 * from a call of a concrete function whose last inputs are its captured variables; the SavedModel's
 * object graph binds those captures ({@code bound_inputs}) to variable objects, and the
 * checkpoint's object graph gives each object's checkpoint key. Python's {@code tf.saved_model.load}
 * follows this path; TensorFlow's C++ loader instead restores the graph's own variable nodes through
 * the saver. The two can name different nodes for one weight (Keras 3 exports do).
 */
final class ObjectGraphBindings {

    /**
     * One captured variable of a signature.
     *
     * @param handle the main-graph variable node the call is given
     * @param name the variable object's name in the object graph
     * @param checkpointKey the key Python restores it from
     */
    record Capture(String handle, String name, String checkpointKey) {}

    private ObjectGraphBindings() {}

    /** The captures of every signature of {@code meta} bound through the object graph. */
    static List<Capture> of(MetaGraphDef meta, Optional<CheckpointObjectGraph> checkpoint) {
        List<Capture> captures = new ArrayList<>();
        if (!meta.hasObjectGraphDef() || checkpoint.isEmpty()) {
            return captures;
        }
        GraphDefIndex index = new GraphDefIndex(meta);
        SavedObjectGraph objects = meta.getObjectGraphDef();
        for (SignatureDef signature : meta.getSignatureDefMap().values()) {
            for (TensorInfo output : signature.getOutputsMap().values()) {
                callBehind(index, output.getName()).ifPresent(call -> {
                    SavedConcreteFunction function = objects.getConcreteFunctionsMap().get(GraphDefIndex.calledFunction(call));
                    if (function != null) {
                        addCaptures(index, objects, checkpoint.get(), call, function, captures);
                    }
                });
            }
        }
        return captures;
    }

    private static void addCaptures(GraphDefIndex index, SavedObjectGraph objects, CheckpointObjectGraph checkpoint,
            NodeDef call, SavedConcreteFunction function, List<Capture> captures) {
        List<String> inputs = GraphDefIndex.dataInputs(call);
        int first = inputs.size() - function.getBoundInputsCount();
        for (int j = 0; j < function.getBoundInputsCount() && first >= 0; j++) {
            int nodeId = function.getBoundInputs(j);
            if (nodeId >= objects.getNodesCount()) {
                continue;
            }
            SavedObject object = objects.getNodes(nodeId);
            Optional<NodeDef> handle = index.variableOf(inputs.get(first + j));
            Optional<String> key = checkpoint.valueKey(nodeId);
            if (object.hasVariable() && handle.isPresent() && key.isPresent()) {
                Capture capture = new Capture(handle.get().getName(), object.getVariable().getName(), key.get());
                if (!captures.contains(capture)) {
                    captures.add(capture);
                }
            }
        }
    }

    /** The call node a signature output comes from, through identities. */
    private static Optional<NodeDef> callBehind(GraphDefIndex index, String tensor) {
        Optional<NodeDef> node = index.node(tensor);
        for (int depth = 0; node.isPresent() && depth < 8; depth++) {
            if (GraphDefIndex.CALL_OPS.contains(node.get().getOp())) {
                return node;
            }
            if (!node.get().getOp().equals("Identity") || GraphDefIndex.dataInputs(node.get()).isEmpty()) {
                return Optional.empty();
            }
            node = index.node(GraphDefIndex.dataInputs(node.get()).get(0));
        }
        return Optional.empty();
    }
}
