package dev.modelspec.model.graph;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.TensorFlow;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;

/**
 * The {@code OpDef}s of every op registered in the TensorFlow runtime, to turn a function body's
 * output reference {@code node:output_arg:index} into the flat output index of the node.
 */
final class OpRegistry {

    private static OpRegistry instance;

    private final Map<String, OpDef> ops = new HashMap<>();

    private OpRegistry() {
        TensorFlowRuntime.start();
        TensorFlow.registeredOpList().getOpList().forEach(op -> ops.put(op.getName(), op));
    }

    static synchronized OpRegistry get() {
        if (instance == null) {
            instance = new OpRegistry();
        }
        return instance;
    }

    /** The definition of {@code type}, or {@code null} when no such op is registered. */
    OpDef find(String type) {
        return ops.get(type);
    }

    /**
     * The flat output index of {@code node}'s output argument {@code argument} at position {@code
     * position}: the sizes of the arguments before it (lists counted through their number or type
     * list attributes) plus the position.
     */
    int outputIndex(NodeDef node, String argument, int position) {
        OpDef def = ops.get(node.getOp());
        if (def == null) {
            throw new GraphRewriteException("Node " + node.getName() + " uses op " + node.getOp()
                    + ", which this TensorFlow runtime does not register");
        }
        int offset = 0;
        for (OpDef.ArgDef output : def.getOutputArgList()) {
            if (output.getName().equals(argument)) {
                return offset + position;
            }
            offset += size(node, def, output);
        }
        throw new GraphRewriteException("Op " + node.getOp() + " (node " + node.getName() + ") has no output "
                + argument + "; it has " + def.getOutputArgList().stream().map(OpDef.ArgDef::getName).toList());
    }

    private static int size(NodeDef node, OpDef def, OpDef.ArgDef argument) {
        if (!argument.getNumberAttr().isEmpty()) {
            return Math.toIntExact(attribute(node, def, argument.getNumberAttr()).getI());
        }
        if (!argument.getTypeListAttr().isEmpty()) {
            return attribute(node, def, argument.getTypeListAttr()).getList().getTypeCount();
        }
        return 1;
    }

    private static AttrValue attribute(NodeDef node, OpDef def, String name) {
        AttrValue value = node.getAttrMap().get(name);
        if (value != null) {
            return value;
        }
        return def.getAttrList().stream().filter(a -> a.getName().equals(name)).findFirst()
                .map(OpDef.AttrDef::getDefaultValue)
                .orElseThrow(() -> new GraphRewriteException("Node " + node.getName() + " lacks attribute " + name));
    }
}
