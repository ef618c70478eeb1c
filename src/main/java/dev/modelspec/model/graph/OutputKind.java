package dev.modelspec.model.graph;

import java.util.Map;
import java.util.stream.Collectors;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorInfo;

/**
 * What a model's single output is, which decides the training loss: Keras' losses on the same
 * output, computed from logits wherever the output is an activation of them (as Keras does).
 */
public enum OutputKind {
    /** Class scores before a softmax: sparse categorical cross-entropy from logits. */
    LOGITS,
    /** A softmax over classes: sparse categorical cross-entropy on the softmax's input as logits. */
    PROBABILITIES,
    /** One sigmoid unit: binary cross-entropy on the sigmoid's input as logits; labels 0 or 1. */
    SIGMOID,
    /** Real values: mean squared error. */
    REGRESSION;

    /**
     * The kind of {@code flat}'s only output, from the op that computes it (through {@code
     * Identity}): {@code Softmax} is {@link #PROBABILITIES}, {@code Sigmoid} {@link #SIGMOID}, an
     * output with one unit {@link #REGRESSION}, anything else {@link #LOGITS}. Declare the kind
     * when this guess is wrong (a one-unit logit, a classifier with its own normalisation).
     */
    public static OutputKind detect(FlatGraph flat) {
        TensorInfo output = flat.singleOutput();
        NodeDef producer = producer(flat, output.getName());
        if (producer.getOp().equals("Softmax")) {
            return PROBABILITIES;
        }
        if (producer.getOp().equals("Sigmoid")) {
            return SIGMOID;
        }
        int rank = output.getTensorShape().getDimCount();
        long units = rank == 0 ? 1 : output.getTensorShape().getDim(rank - 1).getSize();
        return units == 1 ? REGRESSION : LOGITS;
    }

    /** The node computing {@code tensor}, looking through {@code Identity} nodes. */
    static NodeDef producer(FlatGraph flat, String tensor) {
        Map<String, NodeDef> nodes = flat.graphDef().getNodeList().stream()
                .collect(Collectors.toMap(NodeDef::getName, n -> n));
        NodeDef node = nodes.get(nodeName(tensor));
        while (node.getOp().equals("Identity")) {
            node = nodes.get(nodeName(node.getInput(0)));
        }
        return node;
    }

    static String nodeName(String tensor) {
        int colon = tensor.lastIndexOf(':');
        return colon < 0 ? tensor : tensor.substring(0, colon);
    }
}
