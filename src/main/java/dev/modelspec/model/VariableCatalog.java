package dev.modelspec.model;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.MetaGraphDef;

/**
 * Finds the variables of a loaded SavedModel and gives each a {@link VariableRole} and {@link
 * LayerKind}, deciding from the graph, never from names.
 *
 * <p>Variable nodes are grouped into one variable when they hold one value for some loader: nodes
 * sharing a {@code shared_name} (one resource), and a node a signature's function captures together
 * with the node the saver writes under the checkpoint key the object graph binds that capture to
 * (see {@link ObjectGraphBindings}). Nodes that neither the saver restores nor a signature reads are
 * left out. A variable is a serving variable when the selected signature's outputs depend on it;
 * serving float variables of rank 2 or more are prunable weights, other serving variables are other
 * parameters, everything else (optimizer slots, counters, metric totals) is training state.
 */
final class VariableCatalog {

    static final String RESOURCE_VARIABLE = "VarHandleOp";
    static final String REFERENCE_VARIABLE = "VariableV2";

    /**
     * The catalogued variables and, for each node the C++ loader leaves unrestored, the node whose
     * restored value it must take.
     */
    record Catalog(List<GraphVariable> variables, Map<GraphOperation, GraphOperation> unrestored) {}

    private VariableCatalog() {}

    static Catalog of(Graph graph, MetaGraphDef meta, Path directory, List<String> servingTensorNames) {
        Map<String, String> saverKeys = SaverKeys.of(meta);
        Set<String> restored = new HashSet<>(saverKeys.values());
        Set<GraphOperation> serving = reachableFrom(graph, servingTensorNames);
        VariableGroups groups = new VariableGroups();
        Iterator<GraphOperation> operations = graph.operations();
        while (operations.hasNext()) {
            GraphOperation op = operations.next();
            if (isVariable(op)) {
                groups.add(op, variableName(op));
            }
        }
        Map<String, String> pythonSource = new HashMap<>();
        Map<String, String> capturedNames = new HashMap<>();
        for (ObjectGraphBindings.Capture capture : ObjectGraphBindings.of(meta, CheckpointObjectGraph.read(directory))) {
            String saved = saverKeys.get(capture.checkpointKey());
            if (saved != null && graph.operation(saved) != null && graph.operation(capture.handle()) != null) {
                groups.union(capture.handle(), saved);
                pythonSource.put(capture.handle(), saved);
            }
            capturedNames.putIfAbsent(capture.handle(), capture.name());
        }
        List<GraphVariable> variables = new ArrayList<>();
        Map<GraphOperation, GraphOperation> unrestored = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (List<GraphOperation> members : groups.groups()) {
            List<GraphOperation> kept = members.stream().filter(op -> restored.contains(op.name()) || serving.contains(op)
                    || capturedNames.containsKey(op.name())).toList();
            if (kept.isEmpty()) {
                continue; // read and saved by nothing: not part of the model
            }
            GraphOperation primary = kept.stream().filter(serving::contains).findFirst().orElse(kept.get(0));
            loadedValueSource(graph, kept, restored, pythonSource).ifPresent(from -> kept.stream()
                    .filter(op -> !restored.contains(op.name()) && !variableName(op).equals(variableName(from)))
                    .forEach(op -> unrestored.put(op, from)));
            String name = kept.stream().map(op -> capturedNames.get(op.name())).filter(n -> n != null && !names.contains(n))
                    .findFirst().orElse(variableName(primary));
            names.add(name);
            List<GraphOperation> handles = new ArrayList<>(List.of(primary));
            kept.stream().filter(op -> op != primary).forEach(handles::add);
            variables.add(new GraphVariable(primary, handles, describe(primary, name, kept.stream().anyMatch(serving::contains))));
        }
        return new Catalog(List.copyOf(variables), unrestored);
    }

    /**
     * The node of a variable whose value, once loaded, is the variable's: the one saved under the key
     * Python reads it from, else any node the saver restores.
     */
    private static Optional<GraphOperation> loadedValueSource(Graph graph, List<GraphOperation> members,
            Set<String> restored, Map<String, String> pythonSource) {
        return members.stream().map(op -> pythonSource.get(op.name())).filter(s -> s != null).map(graph::operation)
                .findFirst()
                .or(() -> members.stream().filter(op -> restored.contains(op.name())).findFirst());
    }

    private static boolean isVariable(GraphOperation op) {
        return op.type().equals(RESOURCE_VARIABLE) || op.type().equals(REFERENCE_VARIABLE);
    }

    /**
     * The variable's {@code shared_name}, or its node name when that is empty. Read from the attribute
     * proto: TF Java's {@code getAttrString} returns garbage for an empty string attribute.
     */
    static String variableName(GraphOperation op) {
        String shared = op.attributes().getAttrValueProto("shared_name").getS().toStringUtf8();
        return shared.isEmpty() ? op.name() : shared;
    }

    private static ModelVariable describe(GraphOperation op, String name, boolean serving) {
        String dataType = op.attributes().getAttrType("dtype").name();
        Shape shape = op.attributes().getAttrShape("shape");
        long[] dims = shape.isUnknown() ? new long[0] : shape.asArray();
        LayerKind kind = layerKind(name, dims);
        VariableRole role;
        if (!serving) {
            role = VariableRole.TRAINING_STATE;
        } else if ("DT_FLOAT".equals(dataType) && dims.length >= 2) {
            role = VariableRole.PRUNABLE_WEIGHT;
        } else {
            role = VariableRole.OTHER_PARAMETER;
        }
        return new ModelVariable(name, dataType, dims, role, role == VariableRole.PRUNABLE_WEIGHT ? kind : LayerKind.OTHER);
    }

    private static LayerKind layerKind(String name, long[] dims) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (dims.length == 4) {
            return lower.contains("depthwise") ? LayerKind.DEPTHWISE_CONV2D : LayerKind.CONV2D;
        }
        if (dims.length == 2) {
            return lower.contains("embedding") ? LayerKind.EMBEDDING : LayerKind.DENSE;
        }
        return LayerKind.OTHER;
    }

    /** The ops the tensors {@code tensorNames} depend on through data and control inputs, themselves included. */
    static Set<GraphOperation> reachableFrom(Graph graph, List<String> tensorNames) {
        Set<GraphOperation> seen = new HashSet<>();
        Deque<GraphOperation> pending = new ArrayDeque<>();
        for (String tensor : tensorNames) {
            String opName = tensor.contains(":") ? tensor.substring(0, tensor.lastIndexOf(':')) : tensor;
            GraphOperation op = graph.operation(opName);
            if (op != null) {
                pending.add(op);
            }
        }
        while (!pending.isEmpty()) {
            GraphOperation op = pending.pop();
            if (!seen.add(op)) {
                continue;
            }
            List<GraphOperation> next = new ArrayList<>();
            for (Operand<?> input : op.inputs()) {
                next.add((GraphOperation) input.op());
            }
            next.addAll(op.controlInputs());
            pending.addAll(next);
        }
        return seen;
    }
}
