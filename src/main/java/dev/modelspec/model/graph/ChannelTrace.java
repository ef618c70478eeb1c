package dev.modelspec.model.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/**
 * Follows the output channels of one Conv2D or MatMul kernel through the flat graph to the next
 * layer, collecting what removing channels must slice: the kernel's last dimension, per-channel
 * parameters on the way ({@code BiasAdd}, {@code FusedBatchNorm*}, or {@code Mul}/{@code Add}/{@code
 * Sub} with a tensor computed from weights only, as Keras' unfused BatchNormalization), the next
 * Conv2D's input channels or MatMul's rows, and through a flatten ({@code Reshape} to {@code [batch,
 * R]}, NHWC so row {@code r} is channel {@code r % C}) the next dense kernel's rows. Channel-wise ops
 * pass: activations, {@code MaxPool}, {@code AvgPool}, {@code Identity}, {@code MaxPoolV2} with a window
 * of one channel; {@code Shape} readers adapt.
 * Anything else refuses: residual adds, concatenations, depthwise or grouped convolutions, channels
 * read by several ops or returned by the signature, ops not known to keep channels apart.
 */
final class ChannelTrace {

    /** Slice {@code variable} along {@code axis}, index {@code i} being channel {@code i % C}. */
    record Slice(String variable, int axis) {}

    /** An int32 constant whose element {@code position} counts the channels (times positions): scaled on removal. */
    record SizeConstant(String node, int[] values, int position) {}

    private static final Set<String> CHANNEL_WISE = Set.of("Relu", "Relu6", "Elu", "Selu", "LeakyRelu", "Tanh",
            "Sigmoid", "Softplus", "Identity", "MaxPool", "AvgPool");
    private static final Set<String> ELEMENT_WISE = Set.of("Mul", "Add", "AddV2", "Sub", "RealDiv");

    private final GraphEdit edit;
    private final long channels;
    private final Set<Slice> slices = new LinkedHashSet<>();
    private final Map<String, SizeConstant> sizes = new LinkedHashMap<>();
    private final Set<String> parameters = new LinkedHashSet<>();
    private String refusal;

    private ChannelTrace(GraphEdit edit, long channels) {
        this.edit = edit;
        this.channels = channels;
    }

    List<Slice> slices() {
        return List.copyOf(slices);
    }

    List<SizeConstant> sizes() {
        return List.copyOf(sizes.values());
    }

    /**
     * The per-channel weights met between the kernel and the next layer (biases, normalization
     * parameters) whose zero entries keep a zero channel zero (no divisors), by flat name.
     */
    List<String> parameters() {
        return List.copyOf(parameters);
    }

    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    static ChannelTrace of(GraphEdit edit, FlatVariable kernel) {
        long[] shape = kernel.shape();
        ChannelTrace trace = new ChannelTrace(edit, shape.length == 0 ? 0 : shape[shape.length - 1]);
        trace.follow(kernel);
        return trace;
    }

    private void follow(FlatVariable kernel) {
        List<GraphEdit.Use> reads = uses(kernel.readTensor());
        if (reads.size() != 1) {
            refusal = "the kernel is read by " + reads.size() + " ops";
            return;
        }
        NodeDef layer = reads.get(0).node();
        boolean matMul = layer.getOp().equals("MatMul") && !flag(layer, "transpose_a") && !flag(layer, "transpose_b");
        if (!(layer.getOp().equals("Conv2D") || matMul) || reads.get(0).index() != 1 || kernel.shape().length < 2) {
            refusal = describe(layer) + " reads the kernel; only Conv2D and MatMul filters are removed"
                    + (layer.getOp().startsWith("Depthwise") ? " (depthwise convolutions keep theirs)" : "");
            return;
        }
        slices.add(new Slice(kernel.name(), kernel.shape().length - 1));
        String tensor = layer.getName();
        while (refusal == null && tensor != null) {
            tensor = step(tensor);
        }
    }

    /** One op after {@code tensor}: records its slices and returns the next channel tensor, or null at the next layer. */
    private String step(String tensor) {
        if (edit.isSignatureOutput(tensor)) {
            return refuse("its channels are an output of the signature");
        }
        List<GraphEdit.Use> next = uses(tensor);
        if (next.size() != 1) {
            return refuse("its channels feed " + next.size() + " ops " + next.stream().map(u -> describe(u.node())).toList()
                    + (next.size() > 1 ? " (a residual or branching connection)" : ""));
        }
        NodeDef node = next.get(0).node();
        int index = next.get(0).index();
        String op = node.getOp();
        if (CHANNEL_WISE.contains(op) && index == 0 && !(op.endsWith("Pool") && "NCHW".equals(format(node)))) {
            return node.getName();
        }
        if (op.equals("MaxPoolV2") && index == 0 && !"NCHW".equals(format(node))) {
            return poolsEachChannel(node) ? node.getName() : refuse(describe(node) + " does not pool each channel on its own");
        }
        if (op.equals("BiasAdd") && index == 0 && !"NCHW".equals(format(node))) {
            return parameter(node.getInput(1), true) ? node.getName() : null;
        }
        if (op.startsWith("FusedBatchNorm") && index == 0 && !flag(node, "is_training")) {
            for (int i = 1; i <= 4; i++) {
                if (!parameter(node.getInput(i), true)) {
                    return null;
                }
            }
            return edit.consumers(node.getName()).stream().anyMatch(u -> u.output() > 0)
                    ? refuse(describe(node) + " returns batch statistics that are used") : node.getName();
        }
        if (ELEMENT_WISE.contains(op)) {
            return parameter(node.getInput(1 - index), !op.equals("RealDiv")) ? node.getName() : null;
        }
        if (op.equals("Conv2D") && index == 0) {
            return nextKernel(node, 2);
        }
        if (op.equals("MatMul") && index == 0 && !flag(node, "transpose_a") && !flag(node, "transpose_b")) {
            return nextKernel(node, 0);
        }
        if (op.equals("Reshape") && index == 0) {
            return flatten(node);
        }
        return refuse(describe(node) + " is not known to keep channels apart"
                + (op.startsWith("Concat") ? " (a concatenation)" : op.startsWith("Depthwise") ? " (a depthwise convolution)" : ""));
    }

    /** Whether a {@code MaxPoolV2}'s window and strides are constants of size 1 across channels. */
    private boolean poolsEachChannel(NodeDef pool) {
        for (int i = 1; i <= 2; i++) {
            NodeDef constant = edit.node(pool.getInput(i));
            int[] values = constant.getOp().equals("Const") ? IntConstants.values(constant) : new int[0];
            if (values.length != 4 || values[3] != 1) {
                return false;
            }
        }
        return true;
    }

    private String nextKernel(NodeDef layer, int axis) {
        FlatVariable next = edit.variableReadAs(layer.getInput(1));
        if (next == null) {
            return refuse(describe(layer) + " multiplies by a computed tensor, not a weight");
        }
        if (next.shape()[axis] != channels) {
            return refuse(describe(layer) + " takes " + next.shape()[axis] + " input channels, not " + channels
                    + " (a grouped convolution)");
        }
        slices.add(new Slice(next.name(), axis));
        return null;
    }

    private String flatten(NodeDef reshape) {
        List<GraphEdit.Use> next = uses(reshape.getName());
        NodeDef dense = next.size() == 1 ? next.get(0).node() : null;
        if (dense == null || !dense.getOp().equals("MatMul") || next.get(0).index() != 0 || flag(dense, "transpose_b")) {
            return refuse(describe(reshape) + " is not a flatten into one dense layer");
        }
        FlatVariable kernel = edit.variableReadAs(dense.getInput(1));
        if (kernel == null || kernel.shape()[0] % channels != 0) {
            return refuse(describe(dense) + " after the flatten does not read a kernel of a multiple of " + channels + " rows");
        }
        long rows = kernel.shape()[0];
        for (NodeDef constant : constantsBehind(reshape.getInput(1))) {
            int[] values = IntConstants.values(constant);
            int position = values.length - 1;
            if (values.length == 0 || (values[position] != rows && values[position] != -1)) {
                return refuse(describe(reshape) + " reshapes to " + java.util.Arrays.toString(values) + ", not [batch, " + rows + "]");
            }
            if (values[position] == rows) {
                sizes.put(constant.getName(), new SizeConstant(constant.getName(), values, position));
            }
        }
        slices.add(new Slice(kernel.name(), 0));
        return null;
    }

    /**
     * Whether {@code tensor} is computed from weights and scalars only; records the slices of its
     * per-channel weights, and them as {@link #parameters()} if zeroing them is {@code silencing} (not a divisor).
     */
    private boolean parameter(String tensor, boolean silencing) {
        Deque<String> pending = new ArrayDeque<>(List.of(tensor));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            NodeDef node = edit.node(pending.pop());
            if (!seen.add(node.getName())) {
                continue;
            }
            FlatVariable weight = edit.variableReadAs(node.getName());
            if (weight != null) {
                long[] shape = weight.shape();
                if (shape.length == 0 || shape[shape.length - 1] != channels) {
                    refuse("the parameter " + weight.sourceVariable() + " of shape " + java.util.Arrays.toString(shape)
                            + " is not one value per channel");
                    return false;
                }
                slices.add(new Slice(weight.name(), shape.length - 1));
                if (silencing) {
                    parameters.add(weight.name());
                }
            } else if (node.getOp().equals("Const")) {
                if (!constantFits(node)) {
                    return false;
                }
            } else if (node.getOp().equals("Placeholder") || node.getOp().equals("VarHandleOp")) {
                refuse("a per-channel operand depends on the model's input (a residual connection)");
                return false;
            } else {
                node.getInputList().stream().filter(i -> !i.startsWith("^")).forEach(pending::push);
            }
        }
        return true;
    }

    /** A scalar constant, or a reshape target ending in the channel count (which is recorded to shrink). */
    private boolean constantFits(NodeDef constant) {
        TensorProto tensor = constant.getAttrOrThrow("value").getTensor();
        long elements = tensor.getTensorShape().getDimList().stream().mapToLong(d -> d.getSize()).reduce(1, (a, b) -> a * b);
        boolean integer = tensor.getDtype() == org.tensorflow.proto.DataType.DT_INT32
                || tensor.getDtype() == org.tensorflow.proto.DataType.DT_INT64;
        int[] values = integer ? IntConstants.values(constant) : new int[0];
        if (values.length > 0 && values[values.length - 1] == channels) {
            sizes.put(constant.getName(), new SizeConstant(constant.getName(), values, values.length - 1));
            return true;
        }
        if (elements == 1) {
            return true;
        }
        return refuse("the constant " + constant.getName() + " is not a scalar or a shape ending in " + channels) != null;
    }

    private List<NodeDef> constantsBehind(String tensor) {
        NodeDef node = edit.node(tensor);
        if (node.getOp().equals("Const")) {
            return List.of(node);
        }
        if (node.getOp().equals("Pack")) {
            NodeDef last = edit.node(node.getInput(node.getInputCount() - 1));
            return last.getOp().equals("Const") ? List.of(last) : List.of();
        }
        return List.of();
    }

    private List<GraphEdit.Use> uses(String tensor) {
        return edit.consumers(tensor).stream().filter(u -> !u.node().getOp().equals("Shape")).toList();
    }

    private String refuse(String reason) {
        refusal = reason;
        return null;
    }

    private static boolean flag(NodeDef node, String attribute) {
        return node.containsAttr(attribute) && node.getAttrOrThrow(attribute).getB();
    }

    private static String format(NodeDef node) {
        return node.containsAttr("data_format") ? node.getAttrOrThrow("data_format").getS().toStringUtf8() : "NHWC";
    }

    private static String describe(NodeDef node) {
        return node.getOp() + " " + node.getName();
    }
}
