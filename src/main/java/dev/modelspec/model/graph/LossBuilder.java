package dev.modelspec.model.graph;

import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorInfo;

/**
 * Adds the mean loss of a batch to a flat graph imported into {@code ops}' graph, with a labels
 * placeholder: class indexes ({@code int32}) for classifiers, floats of the output's shape otherwise.
 */
final class LossBuilder {

    /** The labels to feed and the loss to fetch. */
    record Loss(Output<?> labels, Output<?> value) {}

    private LossBuilder() {}

    static Loss build(GraphOps ops, FlatGraph flat, OutputKind kind) {
        TensorInfo info = flat.singleOutput();
        Graph graph = ops.graph();
        Output<?> output = tensor(graph, info.getName());
        switch (kind) {
            case LOGITS:
            case PROBABILITIES: {
                Output<?> logits = kind == OutputKind.LOGITS ? output : activationInput(ops, flat, info, "Softmax");
                int rank = info.getTensorShape().getDimCount();
                long classes = info.getTensorShape().getDim(rank - 1).getSize();
                if (rank != 2 || classes <= 1) {
                    throw new GraphRewriteException("A classifier's output must be [batch, classes] with known classes, but "
                            + info.getName() + " has shape " + info.getTensorShape().getDimList().stream().map(d -> d.getSize()).toList());
                }
                Output<?> labels = ops.placeholder("labels", DataType.DT_INT32, Shape.of(-1));
                Output<?> oneHot = ops.op("OneHot", "one_hot").addInput(labels).addInput(ops.intScalar((int) classes))
                        .addInput(ops.scalar(1f)).addInput(ops.scalar(0f)).setAttr("axis", -1L).build().output(0);
                Output<?> perExample = ops.op("SoftmaxCrossEntropyWithLogits", "cross_entropy").addInput(logits)
                        .addInput(oneHot).build().output(0);
                return new Loss(labels, ops.mean(perExample));
            }
            case SIGMOID: {
                Output<?> logits = activationInput(ops, flat, info, "Sigmoid");
                Output<?> labels = ops.placeholder("labels", DataType.DT_FLOAT, Shape.of(-1));
                Output<?> z = ops.binary("Reshape", labels, ops.unary("Shape", logits));
                // max(x, 0) - x z + log(1 + exp(-|x|)), as tf.nn.sigmoid_cross_entropy_with_logits.
                Output<?> perElement = ops.binary("AddV2",
                        ops.binary("Sub", ops.unary("Relu", logits), ops.binary("Mul", logits, z)),
                        ops.unary("Log1p", ops.unary("Exp", ops.unary("Neg", ops.unary("Abs", logits)))));
                return new Loss(labels, ops.mean(perElement));
            }
            default: {
                Output<?> labels = ops.placeholder("labels", DataType.DT_FLOAT, Shape.of(-1));
                Output<?> z = ops.binary("Reshape", labels, ops.unary("Shape", output));
                return new Loss(labels, ops.mean(ops.unary("Square", ops.binary("Sub", output, z))));
            }
        }
    }

    private static Output<?> activationInput(GraphOps ops, FlatGraph flat, TensorInfo info, String activation) {
        NodeDef producer = OutputKind.producer(flat, info.getName());
        if (!producer.getOp().equals(activation)) {
            throw new GraphRewriteException("The output " + info.getName() + " is computed by " + producer.getOp() + " ("
                    + producer.getName() + "), not " + activation + "; declare the output kind that matches it");
        }
        return tensor(ops.graph(), producer.getInput(0));
    }

    static Output<?> tensor(Graph graph, String name) {
        int colon = name.lastIndexOf(':');
        String node = colon < 0 ? name : name.substring(0, colon);
        int index = colon < 0 ? 0 : Integer.parseInt(name.substring(colon + 1));
        return graph.operation(node).output(index);
    }
}
