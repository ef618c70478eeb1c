package dev.modelspec.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;

/**
 * The nodes of a MetaGraph's main graph and the bodies of its function library, by name, with the
 * walks the variable bindings need: from a tensor back to the variable node it reads, in the main
 * graph or inside a function body called from it.
 */
final class GraphDefIndex {

    static final Set<String> VARIABLE_OPS = Set.of(VariableCatalog.RESOURCE_VARIABLE, VariableCatalog.REFERENCE_VARIABLE);
    static final Set<String> CALL_OPS = Set.of("StatefulPartitionedCall", "PartitionedCall");
    /** Ops that pass a variable or its value through unchanged. */
    private static final Set<String> PASS_THROUGH = Set.of("Identity", "ReadVariableOp", "Snapshot");

    private final Map<String, NodeDef> nodes = new HashMap<>();
    private final Map<String, FunctionDef> functions = new HashMap<>();

    GraphDefIndex(MetaGraphDef meta) {
        meta.getGraphDef().getNodeList().forEach(n -> nodes.put(n.getName(), n));
        meta.getGraphDef().getLibrary().getFunctionList().forEach(f -> functions.put(f.getSignature().getName(), f));
    }

    Optional<NodeDef> node(String tensorOrNode) {
        return Optional.ofNullable(nodes.get(nodeName(tensorOrNode)));
    }

    Optional<FunctionDef> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The function a call node runs. */
    static String calledFunction(NodeDef call) {
        return call.getAttrOrThrow("f").getFunc().getName();
    }

    /** The data inputs of a node, control inputs ({@code ^name}) left out. */
    static List<String> dataInputs(NodeDef node) {
        return node.getInputList().stream().filter(i -> !i.startsWith("^")).toList();
    }

    /** The variable node a main-graph tensor reads, through identities and reads. */
    Optional<NodeDef> variableOf(String tensor) {
        NodeDef node = nodes.get(nodeName(tensor));
        for (int depth = 0; node != null && depth < 32; depth++) {
            if (VARIABLE_OPS.contains(node.getOp())) {
                return Optional.of(node);
            }
            if (!PASS_THROUGH.contains(node.getOp()) || dataInputs(node).isEmpty()) {
                return Optional.empty();
            }
            node = nodes.get(nodeName(dataInputs(node).get(0)));
        }
        return Optional.empty();
    }

    /**
     * The variable node a tensor inside {@code body} reads, where {@code body} is called by {@code call}
     * in the main graph: identities and reads are followed to a function argument, and the argument to
     * the call's input.
     */
    Optional<NodeDef> variableOf(FunctionDef body, NodeDef call, String tensor) {
        Map<String, NodeDef> bodyNodes = new HashMap<>();
        body.getNodeDefList().forEach(n -> bodyNodes.put(n.getName(), n));
        String current = tensor;
        for (int depth = 0; depth < 32; depth++) {
            String name = current.contains(":") ? current.substring(0, current.indexOf(':')) : current;
            int argument = argumentIndex(body, name);
            if (argument >= 0) {
                List<String> inputs = dataInputs(call);
                return argument < inputs.size() ? variableOf(inputs.get(argument)) : Optional.empty();
            }
            NodeDef node = bodyNodes.get(name);
            if (node == null || !PASS_THROUGH.contains(node.getOp()) || dataInputs(node).isEmpty()) {
                return Optional.empty();
            }
            current = dataInputs(node).get(0);
        }
        return Optional.empty();
    }

    private static int argumentIndex(FunctionDef body, String name) {
        for (int i = 0; i < body.getSignature().getInputArgCount(); i++) {
            if (body.getSignature().getInputArg(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The node a tensor name ({@code node:index}, {@code ^node} or {@code node}) belongs to. */
    static String nodeName(String tensor) {
        String name = tensor.startsWith("^") ? tensor.substring(1) : tensor;
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
