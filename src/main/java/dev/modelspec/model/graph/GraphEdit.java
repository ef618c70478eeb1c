package dev.modelspec.model.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * A {@link FlatGraph} being rewritten by one pass: its nodes by name (in their order, new nodes
 * appended), the consumers of a node, rewiring of every use of a tensor, and weights whose type or
 * shape change. {@link #build()} returns the rewritten graph; the original is never changed.
 */
final class GraphEdit {

    /** One data input of {@code node}: its {@code index}-th input reads output {@code output} of the producer. */
    record Use(NodeDef node, int index, int output) {}

    private final FlatGraph original;
    private final Map<String, NodeDef> nodes = new LinkedHashMap<>();
    private final Map<String, FlatVariable> variables = new LinkedHashMap<>();

    GraphEdit(FlatGraph original) {
        this.original = original;
        original.graphDef().getNodeList().forEach(n -> nodes.put(n.getName(), n));
        original.variables().forEach(v -> variables.put(v.name(), v));
    }

    FlatGraph original() {
        return original;
    }

    NodeDef node(String name) {
        NodeDef node = nodes.get(OutputKind.nodeName(name));
        if (node == null) {
            throw new GraphRewriteException("The flat graph has no node " + name);
        }
        return node;
    }

    /** The weight whose read is {@code tensor}, or {@code null}. */
    FlatVariable variableReadAs(String tensor) {
        String node = OutputKind.nodeName(tensor);
        return variables.values().stream().filter(v -> OutputKind.nodeName(v.readTensor()).equals(node)).findFirst().orElse(null);
    }

    FlatVariable variable(String name) {
        return variables.get(name);
    }

    /** Adds {@code node}, or replaces the node of its name. */
    void put(NodeDef node) {
        nodes.put(node.getName(), node);
    }

    /** Every data input that reads an output of node {@code name}. */
    List<Use> consumers(String name) {
        String producer = OutputKind.nodeName(name);
        List<Use> uses = new ArrayList<>();
        for (NodeDef node : nodes.values()) {
            for (int i = 0; i < node.getInputCount(); i++) {
                String input = node.getInput(i);
                if (!input.startsWith("^") && OutputKind.nodeName(input).equals(producer)) {
                    int colon = input.lastIndexOf(':');
                    uses.add(new Use(node, i, colon < 0 ? 0 : Integer.parseInt(input.substring(colon + 1))));
                }
            }
        }
        return uses;
    }

    /** Whether a signature output is a tensor of node {@code name}. */
    boolean isSignatureOutput(String name) {
        return original.outputs().values().stream().anyMatch(info -> OutputKind.nodeName(info.getName()).equals(name));
    }

    /** Makes every node but {@code except} that reads output 0 of {@code from} read {@code to} instead. */
    void rewire(String from, String to, String except) {
        if (isSignatureOutput(OutputKind.nodeName(from))) {
            throw new GraphRewriteException("The signature returns " + from + " itself; a rewrite cannot replace it");
        }
        for (Use use : consumers(from)) {
            if (use.output() == 0 && !use.node().getName().equals(except)) {
                put(use.node().toBuilder().setInput(use.index(), to).build());
            }
        }
    }

    /** Gives weight {@code name} another element type and shape: its handle, its read and its {@link FlatVariable}. */
    FlatVariable retype(String name, DataType type, long[] shape) {
        FlatVariable old = variables.get(name);
        FlatVariable changed = new FlatVariable(old.name(), old.readTensor(), type, shape, old.sourceHandle(), old.sourceVariable());
        variables.put(name, changed);
        put(node(name).toBuilder().putAttr("dtype", type(type)).putAttr("shape", shape(shape)).build());
        NodeDef read = node(old.readTensor());
        put(read.toBuilder().putAttr("dtype", type(type)).build());
        return changed;
    }

    /** A new node name starting with {@code base}. */
    String unique(String base) {
        String name = base;
        for (int i = 1; nodes.containsKey(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /** Adds a float32 constant of {@code shape} holding {@code values}; returns its name. */
    String floatConstant(String base, long[] shape, float[] values) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setDtype(DataType.DT_FLOAT).setTensorShape(shape(shape).getShape());
        for (float value : values) {
            tensor.addFloatVal(value);
        }
        return constant(base, DataType.DT_FLOAT, tensor);
    }

    /** Adds an int32 constant of {@code shape} holding {@code values}; returns its name. */
    String intConstant(String base, long[] shape, int[] values) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setDtype(DataType.DT_INT32).setTensorShape(shape(shape).getShape());
        for (int value : values) {
            tensor.addIntVal(value);
        }
        return constant(base, DataType.DT_INT32, tensor);
    }

    private String constant(String base, DataType dtype, TensorProto.Builder tensor) {
        String name = unique(base);
        put(NodeDef.newBuilder().setName(name).setOp("Const").putAttr("dtype", type(dtype))
                .putAttr("value", AttrValue.newBuilder().setTensor(tensor).build()).build());
        return name;
    }

    /** Adds a node of {@code op} reading {@code inputs}, with {@code attributes} as name/value pairs; returns its name. */
    String add(String base, String op, List<String> inputs, Object... attributes) {
        String name = unique(base);
        NodeDef.Builder node = NodeDef.newBuilder().setName(name).setOp(op).addAllInput(inputs);
        for (int i = 0; i < attributes.length; i += 2) {
            node.putAttr((String) attributes[i], (AttrValue) attributes[i + 1]);
        }
        put(node.build());
        return name;
    }

    FlatGraph build() {
        var graph = original.graphDef().toBuilder().clearNode().addAllNode(nodes.values()).build();
        List<FlatVariable> list = original.variables().stream().map(v -> variables.get(v.name())).toList();
        return new FlatGraph(original.signatureKey(), graph, list, original.inputs(), original.outputs());
    }

    static AttrValue type(DataType type) {
        return AttrValue.newBuilder().setType(type).build();
    }

    static AttrValue shape(long[] dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long dim : dims) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(dim));
        }
        return AttrValue.newBuilder().setShape(shape).build();
    }

    static AttrValue bool(boolean value) {
        return AttrValue.newBuilder().setB(value).build();
    }
}
