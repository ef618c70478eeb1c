package dev.modelspec.model.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;

/**
 * Builds a {@link FlatGraph} from a MetaGraph and one of its signatures: walks back from the
 * signature's outputs through data inputs only, copies the ops it meets, inlines the bodies of
 * {@code (Stateful)PartitionedCall}s (and direct function calls) recursively with the call's name as
 * prefix, and replaces every variable by one {@link FlatVariable}. Control inputs, {@code NoOp}s and
 * {@code _}-prefixed attributes are dropped; ops nothing serving depends on never reach the result.
 */
final class ServingInliner {

    private static final Set<String> CALLS = Set.of("StatefulPartitionedCall", "PartitionedCall");

    private final MetaGraphDef metaGraph;
    private final Map<String, FunctionDef> functions = new HashMap<>();
    private final OpRegistry ops = OpRegistry.get();
    private final FlatGraphBuilder builder;

    /** One graph being inlined: the main graph (no arguments) or one call of a function. */
    private record Scope(String prefix, Map<String, NodeDef> nodes, Map<String, InlinedValue> arguments,
            Map<String, IntFunction<InlinedValue>> converted) {

        Scope(String prefix, Map<String, NodeDef> nodes, Map<String, InlinedValue> arguments) {
            this(prefix, nodes, arguments, new HashMap<>());
        }

        boolean isMain() {
            return arguments == null;
        }
    }

    ServingInliner(MetaGraphDef metaGraph) {
        this.metaGraph = metaGraph;
        metaGraph.getGraphDef().getLibrary().getFunctionList().forEach(f -> functions.put(f.getSignature().getName(), f));
        this.builder = new FlatGraphBuilder(metaGraph.getGraphDef());
    }

    FlatGraph inline(String signatureKey) {
        SignatureDef signature = metaGraph.getSignatureDefMap().get(signatureKey);
        if (signature == null) {
            throw new GraphRewriteException("The MetaGraph has no signature '" + signatureKey + "'; it has "
                    + metaGraph.getSignatureDefMap().keySet());
        }
        Map<String, NodeDef> nodes = new LinkedHashMap<>();
        metaGraph.getGraphDef().getNodeList().forEach(n -> nodes.put(n.getName(), n));
        Scope main = new Scope("", nodes, null);
        Map<String, TensorInfo> inputs = new LinkedHashMap<>();
        signature.getInputsMap().forEach((key, info) ->
                inputs.put(key, info.toBuilder().setName(canonical(resolve(main, info.getName()).tensorName("Input " + key))).build()));
        Map<String, TensorInfo> outputs = new LinkedHashMap<>();
        signature.getOutputsMap().forEach((key, info) ->
                outputs.put(key, info.toBuilder().setName(canonical(resolve(main, info.getName()).tensorName("Output " + key))).build()));
        return builder.build(signatureKey, inputs, outputs);
    }

    private InlinedValue resolve(Scope scope, String reference) {
        if (!scope.isMain() && !reference.contains(":")) {
            InlinedValue argument = scope.arguments().get(reference);
            if (argument == null) {
                throw new GraphRewriteException("A function body refers to " + reference + ", which is neither an argument nor a node");
            }
            return argument;
        }
        String[] parts = reference.split(":");
        NodeDef node = scope.nodes().get(parts[0]);
        if (node == null) {
            throw new GraphRewriteException("The graph refers to node " + parts[0] + ", which does not exist");
        }
        int index;
        if (scope.isMain()) {
            index = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } else if (functions.containsKey(node.getOp())) {
            index = functionOutputIndex(functions.get(node.getOp()), parts[1]) + (parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        } else {
            index = ops.outputIndex(node, parts[1], parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        }
        return convert(scope, node).apply(index);
    }

    private IntFunction<InlinedValue> convert(Scope scope, NodeDef node) {
        IntFunction<InlinedValue> known = scope.converted().get(node.getName());
        if (known == null) {
            known = convertOnce(scope, node);
            scope.converted().put(node.getName(), known);
        }
        return known;
    }

    private IntFunction<InlinedValue> convertOnce(Scope scope, NodeDef node) {
        String op = node.getOp();
        if (FlatGraphBuilder.isVariable(op)) {
            if (!scope.isMain()) {
                throw new GraphRewriteException("Function node " + scope.prefix() + node.getName() + " creates a variable ("
                        + op + "); the flat graph supports variables created in the main graph only");
            }
            FlatVariable variable = builder.variable(node);
            InlinedValue value = op.equals("VariableV2") ? new InlinedValue.Tensor(variable.readTensor())
                    : new InlinedValue.Resource(variable);
            return k -> value;
        }
        if (CALLS.contains(op) || functions.containsKey(op)) {
            return inlineCall(scope, node);
        }
        String name = scope.prefix() + node.getName();
        FlatGraphBuilder.rejectFunctionAttributes(node, name);
        List<InlinedValue> inputs = dataInputs(scope, node);
        if (inputs.stream().anyMatch(InlinedValue.Resource.class::isInstance)) {
            return resourceUse(node, name, inputs);
        }
        List<String> names = new ArrayList<>();
        inputs.forEach(input -> names.add(input.tensorName(name)));
        builder.copy(node, name, names);
        return k -> new InlinedValue.Tensor(k == 0 ? name : name + ":" + k);
    }

    private IntFunction<InlinedValue> resourceUse(NodeDef node, String name, List<InlinedValue> inputs) {
        switch (node.getOp()) {
            case "Identity":
                return k -> inputs.get(0);
            case "ReadVariableOp": {
                InlinedValue read = new InlinedValue.Tensor(((InlinedValue.Resource) inputs.get(0)).variable().readTensor());
                return k -> read;
            }
            case "ResourceGather": {
                FlatVariable variable = ((InlinedValue.Resource) inputs.get(0)).variable();
                String gather = builder.gather(node, name, variable, inputs.get(1).tensorName(name));
                return k -> new InlinedValue.Tensor(gather);
            }
            default:
                throw new GraphRewriteException("Op " + node.getOp() + " (node " + name + ") uses a weight's handle; "
                        + "the flat graph supports only ReadVariableOp, ResourceGather and Identity on weights");
        }
    }

    private IntFunction<InlinedValue> inlineCall(Scope scope, NodeDef node) {
        String called = CALLS.contains(node.getOp()) ? node.getAttrOrThrow("f").getFunc().getName() : node.getOp();
        FunctionDef function = functions.get(called);
        if (function == null) {
            throw new GraphRewriteException("Node " + scope.prefix() + node.getName() + " calls function " + called
                    + ", which is not in the MetaGraph's function library");
        }
        List<InlinedValue> inputs = dataInputs(scope, node);
        List<OpDef.ArgDef> parameters = function.getSignature().getInputArgList();
        if (parameters.size() != inputs.size()) {
            throw new GraphRewriteException("Node " + node.getName() + " passes " + inputs.size() + " inputs to " + called
                    + ", which takes " + parameters.size());
        }
        Map<String, InlinedValue> arguments = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            arguments.put(parameters.get(i).getName(), inputs.get(i));
        }
        Map<String, NodeDef> body = new HashMap<>();
        function.getNodeDefList().forEach(n -> body.put(n.getName(), n));
        Scope inner = new Scope(scope.prefix() + node.getName() + "/", body, arguments);
        List<InlinedValue> results = new ArrayList<>();
        for (OpDef.ArgDef output : function.getSignature().getOutputArgList()) {
            results.add(resolve(inner, function.getRetOrThrow(output.getName())));
        }
        return results::get;
    }

    private List<InlinedValue> dataInputs(Scope scope, NodeDef node) {
        List<InlinedValue> inputs = new ArrayList<>();
        for (String input : node.getInputList()) {
            if (!input.startsWith("^")) {
                inputs.add(resolve(scope, input));
            }
        }
        return inputs;
    }

    private static int functionOutputIndex(FunctionDef function, String argument) {
        List<OpDef.ArgDef> outputs = function.getSignature().getOutputArgList();
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).getName().equals(argument)) {
                return i;
            }
        }
        throw new GraphRewriteException("Function " + function.getSignature().getName() + " has no output " + argument);
    }

    private static String canonical(String tensor) {
        return tensor.contains(":") ? tensor : tensor + ":0";
    }
}
