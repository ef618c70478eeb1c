package dev.modelspec.model.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Collects the nodes of a flat graph in the order they are emitted (every node after its inputs)
 * and creates its weights: one {@code VarHandleOp} (shared name = node name) and one {@code
 * ReadVariableOp} per variable of the original graph, variables with one shared name merged.
 */
final class FlatGraphBuilder {

    private final GraphDef original;
    private final Set<String> reserved = new HashSet<>();
    private final Map<String, NodeDef> nodes = new LinkedHashMap<>();
    private final Map<String, FlatVariable> variables = new LinkedHashMap<>();

    FlatGraphBuilder(GraphDef original) {
        this.original = original;
        original.getNodeList().stream().filter(n -> !isVariable(n.getOp())).forEach(n -> reserved.add(n.getName()));
    }

    static boolean isVariable(String op) {
        return op.equals("VarHandleOp") || op.equals("VariableV2");
    }

    /** The weight held by the original graph's variable node {@code source}, created on first use. */
    FlatVariable variable(NodeDef source) {
        String shared = source.getAttrOrDefault("shared_name", AttrValue.getDefaultInstance()).getS().toStringUtf8();
        String sourceVariable = shared.isEmpty() ? source.getName() : shared;
        FlatVariable known = variables.get(sourceVariable);
        if (known != null) {
            return known;
        }
        DataType type = source.getAttrOrThrow("dtype").getType();
        TensorShapeProto shape = source.getAttrOrThrow("shape").getShape();
        String name = unique(sourceVariable.replaceAll("[^A-Za-z0-9_./>-]", "_"));
        add(NodeDef.newBuilder().setName(name).setOp("VarHandleOp")
                .putAttr("dtype", AttrValue.newBuilder().setType(type).build())
                .putAttr("shape", AttrValue.newBuilder().setShape(shape).build())
                .putAttr("shared_name", AttrValue.newBuilder().setS(com.google.protobuf.ByteString.copyFromUtf8(name)).build())
                .putAttr("container", AttrValue.newBuilder().setS(com.google.protobuf.ByteString.EMPTY).build())
                .build());
        String read = unique(name + "/read");
        add(NodeDef.newBuilder().setName(read).setOp("ReadVariableOp").addInput(name)
                .putAttr("dtype", AttrValue.newBuilder().setType(type).build()).build());
        long[] dims = shape.getUnknownRank() ? new long[0]
                : shape.getDimList().stream().mapToLong(TensorShapeProto.Dim::getSize).toArray();
        FlatVariable variable = new FlatVariable(name, read + ":0", type, dims, source.getName(), sourceVariable);
        variables.put(sourceVariable, variable);
        return variable;
    }

    /** Copies {@code node} as {@code name} with {@code inputs}, without device and {@code _} attributes. */
    void copy(NodeDef node, String name, List<String> inputs) {
        NodeDef.Builder copy = NodeDef.newBuilder().setName(name).setOp(node.getOp()).addAllInput(inputs);
        node.getAttrMap().forEach((key, value) -> {
            if (!key.startsWith("_")) {
                copy.putAttr(key, value);
            }
        });
        add(copy.build());
    }

    /** A {@code GatherV2} on the weight's read standing for the {@code ResourceGather} {@code node}. */
    String gather(NodeDef node, String name, FlatVariable variable, String indices) {
        String axis = unique(name + "/axis");
        add(NodeDef.newBuilder().setName(axis).setOp("Const")
                .putAttr("dtype", AttrValue.newBuilder().setType(DataType.DT_INT32).build())
                .putAttr("value", AttrValue.newBuilder().setTensor(TensorProto.newBuilder().setDtype(DataType.DT_INT32)
                        .setTensorShape(TensorShapeProto.getDefaultInstance()).addIntVal(0)).build())
                .build());
        add(NodeDef.newBuilder().setName(name).setOp("GatherV2")
                .addInput(variable.readTensor()).addInput(indices).addInput(axis)
                .putAttr("Tparams", AttrValue.newBuilder().setType(variable.dataType()).build())
                .putAttr("Tindices", node.getAttrOrThrow("Tindices"))
                .putAttr("Taxis", AttrValue.newBuilder().setType(DataType.DT_INT32).build())
                .putAttr("batch_dims", node.getAttrOrDefault("batch_dims", AttrValue.newBuilder().setI(0).build()))
                .build());
        return name;
    }

    /** Rejects ops that call functions (control flow) or hold attribute placeholders of a function. */
    static void rejectFunctionAttributes(NodeDef node, String name) {
        for (Map.Entry<String, AttrValue> attribute : node.getAttrMap().entrySet()) {
            AttrValue value = attribute.getValue();
            if (value.hasFunc() || value.getList().getFuncCount() > 0) {
                throw new GraphRewriteException("Op " + node.getOp() + " (node " + name + ") calls functions through its attribute "
                        + attribute.getKey() + "; the flat graph cannot inline control flow (If, While, Case) or other function-valued ops");
            }
            if (!value.getPlaceholder().isEmpty()) {
                throw new GraphRewriteException("Op " + node.getOp() + " (node " + name + ") takes its attribute " + attribute.getKey()
                        + " from the function's attribute " + value.getPlaceholder() + "; polymorphic functions are not supported");
            }
        }
    }

    FlatGraph build(String signatureKey, Map<String, TensorInfo> inputs, Map<String, TensorInfo> outputs) {
        GraphDef graph = GraphDef.newBuilder().setVersions(original.getVersions()).addAllNode(nodes.values()).build();
        return new FlatGraph(signatureKey, graph, List.copyOf(variables.values()), inputs, outputs);
    }

    private void add(NodeDef node) {
        if (nodes.putIfAbsent(node.getName(), node) != null) {
            throw new GraphRewriteException("Two nodes of the flat graph would be named " + node.getName());
        }
    }

    private String unique(String base) {
        String name = base;
        for (int i = 1; reserved.contains(name) || nodes.containsKey(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
