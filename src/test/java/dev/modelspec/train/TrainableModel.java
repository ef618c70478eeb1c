package dev.modelspec.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A built model in memory: its graph and a session holding its variables. Build one with {@link
 * SequentialModelBuilder}; close it to release the native graph and session.
 *
 * <p>Inputs are passed flattened row-major: {@code count} examples of {@link #inputShape()} each.
 * Not thread-safe.
 */
public final class TrainableModel implements AutoCloseable {

    private final Graph graph;
    private final Session session;
    private final ModelGraph model;
    private final ModelDefinition definition;

    TrainableModel(Graph graph, Session session, ModelGraph model, ModelDefinition definition) {
        this.graph = graph;
        this.session = session;
        this.model = model;
        this.definition = definition;
    }

    /** The shape of one input example, without the batch dimension. */
    public long[] inputShape() {
        return definition.inputShape().clone();
    }

    /** The number of classes, i.e. the length of one output row. */
    public int classCount() {
        return definition.classCount();
    }

    /** Whether the serving output is probabilities (softmax) rather than logits. */
    public boolean outputsProbabilities() {
        return definition.softmaxOutput();
    }

    /**
     * Runs the serving pass.
     *
     * @param inputs at least {@code count} examples, flattened
     * @param count the number of examples; exactly the batch size when the model fixes one
     * @return {@code count} rows of {@link #classCount()} outputs, flattened
     * @throws IllegalArgumentException if the model has a fixed batch size and {@code count} differs
     */
    public float[] predict(float[] inputs, int count) {
        long fixed = definition.serving().batchSize();
        if (fixed > 0 && count != fixed) {
            throw new IllegalArgumentException("This model's serving input has a fixed batch of " + fixed
                    + " examples; predict exactly that many, not " + count);
        }
        try (TFloat32 x = inputTensor(inputs, count);
                Result result = session.runner().feed(model.input(), x).fetch(model.output()).run()) {
            float[] outputs = new float[count * classCount()];
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(outputs, false, false));
            return outputs;
        }
    }

    /**
     * Runs one Adam step on a batch, exactly as the exported {@code train} signature does.
     *
     * @param inputs at least {@code count} examples, flattened
     * @param labels at least {@code count} labels in {@code [0, classCount())}
     * @param count the batch size
     * @return the batch's mean cross-entropy before the step
     */
    public float trainStep(float[] inputs, int[] labels, int count) {
        try (TFloat32 x = inputTensor(inputs, count);
                TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(labels, true, false).narrow(count));
                Result result = session.runner()
                        .feed(model.trainInput(), x)
                        .feed(model.trainLabels(), y)
                        .fetch(model.trainLoss())
                        .run()) {
            return ((TFloat32) result.get(0)).getFloat();
        }
    }

    /** The shape of every variable by name, model variables first, then Adam's state. */
    public Map<String, long[]> variableShapes() {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        model.variables().all().forEach(v -> shapes.put(v.name(), v.shape().asArray()));
        return shapes;
    }

    /** The number of scalars in the model's own variables, excluding training state. */
    public long parameterCount() {
        return model.variables().all().stream()
                .filter(v -> !ExportNames.isTrainingState(v.name()))
                .mapToLong(v -> v.shape().size())
                .sum();
    }

    /**
     * Writes the model with its current variable values as a SavedModel (see {@link ExportNames}).
     *
     * @param directory the SavedModel directory, created if needed
     * @throws IOException if writing fails
     */
    public void export(Path directory) throws IOException {
        SavedModelWriter.write(graph, session, model, definition.serving().key(), directory);
    }

    /** Releases the session and the graph. */
    @Override
    public void close() {
        session.close();
        graph.close();
    }

    private TFloat32 inputTensor(float[] inputs, int count) {
        Shape shape = Shape.of(count).append(Shape.of(definition.inputShape()));
        if (count < 1 || inputs.length < shape.size()) {
            throw new IllegalArgumentException("Need " + count + " examples of shape "
                    + Arrays.toString(definition.inputShape()) + ", got " + inputs.length + " floats");
        }
        return TFloat32.tensorOf(shape, DataBuffers.of(inputs, true, false).narrow(shape.size()));
    }
}
