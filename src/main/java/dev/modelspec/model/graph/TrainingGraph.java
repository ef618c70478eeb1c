package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.GraphOperationBuilder;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A training graph derived from a {@link FlatGraph}: the serving computation, a loss on its output
 * ({@link OutputKind}), TensorFlow's graph gradients with respect to the trained weights' reads, and
 * one {@link Optimizer} update per trained weight, all added once when the graph is built. It runs
 * in its own session: {@link #load} the weights, {@link #step} per batch, read {@link #values}.
 *
 * <p>Being the serving graph, it trains in inference mode: BatchNormalization uses (and keeps) its
 * moving statistics, Dropout is absent. Weights named {@code moving_mean} / {@code moving_variance}
 * and the mean and variance inputs of {@code FusedBatchNorm*} are never trained; every other float
 * weight is, unless the {@code trainable} filter excludes it.
 */
public final class TrainingGraph implements AutoCloseable {

    private static final String SCOPE = "modelspec_train/";

    private final FlatGraphSession session;
    private final OutputKind kind;
    private final Optimizer optimizer;
    private final List<FlatVariable> trained = new ArrayList<>();
    private final Output<?> input;
    private final long[] exampleShape;
    private final Output<?> labels;
    private final Output<?> loss;
    private final Output<?>[] powers;
    private final GraphOperation update;
    private final GraphOperation reset;
    private long steps;

    private TrainingGraph(FlatGraph flat, OutputKind kind, Optimizer optimizer, Predicate<FlatVariable> trainable) {
        this.kind = kind;
        this.optimizer = optimizer;
        TensorInfo inputInfo = flat.singleInput();
        this.exampleShape = inputInfo.getTensorShape().getDimList().stream().skip(1).mapToLong(d -> d.getSize()).toArray();
        if (inputInfo.getDtype() != DataType.DT_FLOAT || Arrays.stream(exampleShape).anyMatch(d -> d <= 0)) {
            throw new GraphRewriteException("Training needs a float32 input with known example dimensions, but "
                    + inputInfo.getName() + " is " + inputInfo.getDtype() + " " + Arrays.toString(exampleShape));
        }
        this.session = FlatGraphSession.open(flat);
        try {
            Graph graph = session.graph();
            GraphOps ops = new GraphOps(graph, SCOPE);
            this.input = LossBuilder.tensor(graph, inputInfo.getName());
            LossBuilder.Loss built = LossBuilder.build(ops, flat, kind);
            this.labels = built.labels();
            this.loss = built.value();
            List<String> frozen = BatchNormStatistics.of(flat);
            flat.variables().stream().filter(v -> v.isFloat() && !frozen.contains(v.name()) && trainable.test(v)).forEach(trained::add);
            if (trained.isEmpty()) {
                throw new GraphRewriteException("The flat graph of " + flat.signatureKey() + " has no weight to train");
            }
            Output<?>[] reads = trained.stream().map(v -> LossBuilder.tensor(graph, v.readTensor())).toArray(Output<?>[]::new);
            Output<?>[] gradients = gradients(graph, reads);
            this.powers = new Output<?>[] {ops.placeholder("beta1_power", DataType.DT_FLOAT, Shape.scalar()),
                    ops.placeholder("beta2_power", DataType.DT_FLOAT, Shape.scalar())};
            List<GraphOperation> initializers = new ArrayList<>();
            GraphOperationBuilder all = ops.op("NoOp", "update");
            for (int i = 0; i < trained.size(); i++) {
                Output<?> handle = graph.operation(trained.get(i).name()).output(0);
                all.addControlInput(optimizer.update(ops, trained.get(i), handle, reads[i], gradients[i], powers, initializers));
            }
            this.update = all.build();
            GraphOperationBuilder resetAll = ops.op("NoOp", "reset");
            initializers.forEach(resetAll::addControlInput);
            this.reset = resetAll.build();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * The training graph of {@code flat} with a loss for {@code kind}, updating every float weight
     * that {@code trainable} accepts (BatchNormalization statistics never) with {@code optimizer}.
     *
     * @throws GraphRewriteException if the graph has not one float input and one output, or an op on
     *     the path from the weights to the loss has no gradient (the message names it)
     */
    public static TrainingGraph build(FlatGraph flat, OutputKind kind, Optimizer optimizer, Predicate<FlatVariable> trainable) {
        return new TrainingGraph(flat, kind, optimizer, trainable);
    }

    /** Sets the weights to {@code values} (by flat weight name) and the optimizer's state to zero. */
    public void load(Map<String, FloatTensor> values) {
        session.load(values);
        session.session().runner().addTarget(reset).run();
        steps = 0;
    }

    /** Sets the weights named in {@code values}, keeping the others and the optimizer's state (re-applying masks). */
    public void assign(Map<String, FloatTensor> values) {
        session.assign(values);
    }

    /**
     * One update on {@code count} examples with class indexes (classifiers) or 0/1 labels ({@link OutputKind#SIGMOID}).
     *
     * @return the batch's mean loss before the update
     */
    public float step(float[] examples, int[] classLabels, int count) {
        if (kind == OutputKind.LOGITS || kind == OutputKind.PROBABILITIES) {
            try (TInt32 y = TInt32.vectorOf(requireCount(classLabels.length, count, classLabels))) {
                return run(examples, count, y);
            }
        }
        float[] targets = new float[classLabels.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = classLabels[i];
        }
        return step(examples, targets, count);
    }

    /** One update on {@code count} examples with float targets, one per output element (regression, sigmoid). */
    public float step(float[] examples, float[] targets, int count) {
        if (kind == OutputKind.LOGITS || kind == OutputKind.PROBABILITIES) {
            throw new IllegalArgumentException("A " + kind + " output trains on class indexes, not float targets");
        }
        try (TFloat32 y = TFloat32.vectorOf(targets)) {
            return run(examples, count, y);
        }
    }

    /** The current values of every weight (trained or not), by flat weight name. */
    public Map<String, FloatTensor> values() {
        return session.values();
    }

    /** The weights this graph updates. */
    public List<FlatVariable> trainedVariables() {
        return List.copyOf(trained);
    }

    /** The output kind the loss was built for. */
    public OutputKind outputKind() {
        return kind;
    }

    private float run(float[] examples, int count, Tensor y) {
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        if (FloatTensor.elementCount(shape) != examples.length) {
            throw new IllegalArgumentException(count + " examples of shape " + Arrays.toString(exampleShape) + " expected, got "
                    + examples.length + " floats");
        }
        float[] power = optimizer.powers(steps + 1);
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(examples, true, false));
                TFloat32 beta1 = TFloat32.scalarOf(power[0]);
                TFloat32 beta2 = TFloat32.scalarOf(power[1]);
                Result result = session.session().runner().feed(input, x).feed(labels, y).feed(powers[0], beta1)
                        .feed(powers[1], beta2).fetch(loss).addTarget(update).run()) {
            steps++;
            return ((TFloat32) result.get(0)).getFloat();
        }
    }

    private static int[] requireCount(int length, int count, int[] labels) {
        if (length != count) {
            throw new IllegalArgumentException(count + " labels expected, got " + length);
        }
        return labels;
    }

    private Output<?>[] gradients(Graph graph, Output<?>[] reads) {
        try {
            return graph.addGradients(loss, reads);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            throw new GraphRewriteException("Cannot differentiate the loss with respect to the weights: " + message
                    + (message.toLowerCase(Locale.ROOT).contains("no gradient") ? ". TensorFlow " + org.tensorflow.TensorFlow.version()
                            + " defines no gradient for that op; the derived training graph cannot train through it" : ""), e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
