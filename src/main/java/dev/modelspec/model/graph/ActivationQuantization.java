package dev.modelspec.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.NodeDef;

/**
 * The int8 quantization of activations, found from the graph and never from names: for each weight
 * a layer multiplies with (the {@code MatMul}, {@code Conv2D} or {@code DepthwiseConv2dNative} that
 * reads it), the layer's output is the tensor after that product's bias ({@code BiasAdd}, {@code
 * Add}, {@code AddV2}), BatchNormalization ({@code FusedBatchNorm*}, or unfused as Keras 3 writes
 * it: {@code Mul}, {@code Sub}, {@code Add}, {@code AddV2} with an operand computed from weights and
 * constants alone) and activation ({@code Relu}, {@code Relu6}), each followed only while it is the
 * single consumer. A layer output that the
 * signature returns itself stays float (a rewrite cannot replace a signature output). The serving
 * input is not quantized.
 *
 * <p>A quantized tensor is read through {@code FakeQuantWithMinMaxArgs} (8 bits, 256 levels, its
 * {@link ActivationRanges range} as attributes, zero point nudged to an integer as TensorFlow does):
 * for serving ({@link #forServing}) the op itself, as the shipped model computes; for training
 * ({@link #forTraining}) the straight-through form {@code x + StopGradient(fakeQuant(x) - x)},
 * since TensorFlow 2.16's C++ gradient registry has no gradient for the op (as in {@link
 * FakeQuantization}): the rounded value forward, the identity backward.
 */
public final class ActivationQuantization {

    private static final Set<String> PRODUCTS = Set.of("MatMul", "Conv2D", "DepthwiseConv2dNative");
    private static final Set<String> FOLLOWERS = Set.of("BiasAdd", "Add", "AddV2", "FusedBatchNorm", "FusedBatchNormV3");
    private static final Set<String> ELEMENTWISE = Set.of("Mul", "Sub", "Add", "AddV2");
    private static final Set<String> ACTIVATIONS = Set.of("Relu", "Relu6");

    private ActivationQuantization() {}

    /**
     * The tensors quantized for the layers that multiply with the weights {@code weights} (flat
     * names), in the graph's order of the weights, each once.
     */
    public static List<String> sites(FlatGraph flat, Collection<String> weights) {
        GraphEdit edit = new GraphEdit(flat);
        List<String> sites = new ArrayList<>();
        for (String name : weights) {
            List<GraphEdit.Use> uses = edit.consumers(flat.variable(name).readTensor());
            for (GraphEdit.Use use : uses) {
                if (PRODUCTS.contains(use.node().getOp())) {
                    String site = layerOutput(edit, use.node());
                    if (!edit.isSignatureOutput(site) && !sites.contains(site)) {
                        sites.add(site);
                    }
                }
            }
        }
        return sites;
    }

    /** {@code flat} computing with the tensors of {@code ranges} quantized to them, as the shipped model does. */
    public static FlatGraph forServing(FlatGraph flat, ActivationRanges ranges) {
        return rewrite(flat, ranges, false);
    }

    /** {@code flat} computing as {@link #forServing} does, with gradients passed straight through the rounding. */
    public static FlatGraph forTraining(FlatGraph flat, ActivationRanges ranges) {
        return rewrite(flat, ranges, true);
    }

    private static String layerOutput(GraphEdit edit, NodeDef product) {
        NodeDef node = product;
        NodeDef next = single(edit, node);
        while (next != null && (FOLLOWERS.contains(next.getOp()) || isAffine(edit, next, node.getName()))) {
            node = next;
            next = single(edit, node);
        }
        if (next != null && ACTIVATIONS.contains(next.getOp())) {
            node = next;
        }
        return node.getName();
    }

    /**
     * Whether {@code node} scales or shifts the tensor {@code from} by an operand computed from weights
     * and constants alone (as an unfused BatchNormalization does), not by another activation.
     */
    private static boolean isAffine(GraphEdit edit, NodeDef node, String from) {
        if (!ELEMENTWISE.contains(node.getOp()) || node.getInputCount() != 2) {
            return false;
        }
        int own = node.getInput(0).equals(from) ? 0 : node.getInput(1).equals(from) ? 1 : -1;
        return own >= 0 && !readsAnInput(edit, node.getInput(1 - own), new HashSet<>());
    }

    /** Whether {@code tensor} is computed from a signature input (or an op without inputs that is no constant). */
    private static boolean readsAnInput(GraphEdit edit, String tensor, Set<String> seen) {
        String name = OutputKind.nodeName(tensor);
        if (!seen.add(name) || edit.variableReadAs(name) != null) {
            return false;
        }
        NodeDef node = edit.node(name);
        if (node.getInputCount() == 0) {
            return !node.getOp().equals("Const");
        }
        return node.getInputList().stream().filter(input -> !input.startsWith("^")).anyMatch(input -> readsAnInput(edit, input, seen));
    }

    /** The only node reading {@code node}, if it reads output 0, or {@code null}. */
    private static NodeDef single(GraphEdit edit, NodeDef node) {
        List<GraphEdit.Use> uses = edit.consumers(node.getName());
        return uses.size() == 1 && uses.get(0).output() == 0 ? uses.get(0).node() : null;
    }

    private static FlatGraph rewrite(FlatGraph flat, ActivationRanges ranges, boolean straightThrough) {
        GraphEdit edit = new GraphEdit(flat);
        ranges.ranges().forEach((site, range) -> {
            if (flat.graphDef().getNodeList().stream().noneMatch(n -> n.getName().equals(site))) {
                throw new GraphRewriteException("The activation " + site + " that was quantized in training is not in the graph of "
                        + flat.signatureKey() + "; the graph changed since the ranges were calibrated");
            }
            String base = site + "/activation_quant/";
            String quantized = edit.add(base + "quantize", "FakeQuantWithMinMaxArgs", List.of(site),
                    "min", AttrValue.newBuilder().setF(range.min()).build(), "max", AttrValue.newBuilder().setF(range.max()).build(),
                    "num_bits", AttrValue.newBuilder().setI(8).build(), "narrow_range", GraphEdit.bool(false));
            if (!quantized.equals(base + "quantize")) {
                throw new GraphRewriteException("The activation " + site + " is quantized already");
            }
            String result = quantized;
            if (straightThrough) {
                String difference = edit.add(base + "difference", "Sub", List.of(quantized, site), "T", GraphEdit.type(DataType.DT_FLOAT));
                String rounding = edit.add(base + "rounding", "StopGradient", List.of(difference), "T", GraphEdit.type(DataType.DT_FLOAT));
                result = edit.add(base + "result", "AddV2", List.of(site, rounding), "T", GraphEdit.type(DataType.DT_FLOAT));
            }
            rewireExcept(edit, site, result, base);
        });
        return edit.build();
    }

    /** Makes every reader of {@code site} but the quantization's own nodes (under {@code base}) read {@code result}. */
    private static void rewireExcept(GraphEdit edit, String site, String result, String base) {
        for (GraphEdit.Use use : edit.consumers(site)) {
            if (use.output() == 0 && !use.node().getName().startsWith(base)) {
                edit.put(use.node().toBuilder().setInput(use.index(), result).build());
            }
        }
    }
}
