package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.runtime.TensorFlowRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.types.TFloat32;

/**
 * A {@link FlatGraph} imported into a new TensorFlow graph with its own session: load weight values,
 * run the signature, read the values back. The assignments are added to the graph once, on first
 * use. Not thread-safe.
 */
public final class FlatGraphSession implements AutoCloseable {

    private static final String SCOPE = "modelspec_flat/";

    private final FlatGraph flat;
    private final Graph graph;
    private final Session session;
    private final Map<String, GraphOperation[]> assignments = new LinkedHashMap<>();

    private FlatGraphSession(FlatGraph flat) {
        TensorFlowRuntime.start();
        this.flat = flat;
        this.graph = new Graph();
        try {
            graph.importGraphDef(flat.graphDef());
        } catch (RuntimeException e) {
            graph.close();
            throw new GraphRewriteException("TensorFlow rejects the flat graph of " + flat.signatureKey() + ": " + e.getMessage(), e);
        }
        this.session = new Session(graph);
    }

    /** {@code flat} in a new graph and session; its weights are uninitialized until {@link #load}. */
    public static FlatGraphSession open(FlatGraph flat) {
        return new FlatGraphSession(flat);
    }

    /**
     * Sets every weight to {@code values} (by {@link FlatVariable#name()}).
     *
     * @throws IllegalArgumentException if a weight has no value
     */
    public void load(Map<String, FloatTensor> values) {
        List<String> missing = flat.variables().stream().map(FlatVariable::name).filter(n -> !values.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No values for the weights " + missing + " of the flat graph");
        }
        assign(values);
    }

    /**
     * Sets the weights named in {@code values} (by {@link FlatVariable#name()}), leaving the others.
     *
     * @throws IllegalArgumentException if a value's shape differs from its weight's, or the weight is
     *     not float32 (the flat graph loads float32 weights only)
     */
    public void assign(Map<String, FloatTensor> values) {
        Session.Runner runner = session.runner();
        List<Tensor> tensors = new ArrayList<>();
        try {
            values.forEach((name, value) -> {
                FlatVariable variable = flat.variable(name);
                if (!variable.isFloat() || !java.util.Arrays.equals(value.shape(), variable.shape())) {
                    throw new IllegalArgumentException("Weight " + variable + " needs a float32 value of its shape, got "
                            + value + "; the flat graph loads float32 weights only");
                }
                GraphOperation[] assign = assignments.computeIfAbsent(variable.name(), n -> assignOps(variable));
                TFloat32 tensor = TFloat32.tensorOf(Shape.of(value.shape()), DataBuffers.of(value.values(), true, false));
                tensors.add(tensor);
                runner.feed(assign[0].output(0), tensor).addTarget(assign[1]);
            });
            if (!tensors.isEmpty()) {
                runner.run();
            }
        } finally {
            tensors.forEach(Tensor::close);
        }
    }

    /**
     * Sets every weight to its stored value in {@code values} (by {@link FlatVariable#name()}), of
     * any element type a storage rewrite gives a weight (int8 codes, half-precision bits, indices).
     *
     * @throws IllegalArgumentException if a weight has no value, or one of another type or shape
     */
    public void loadStored(Map<String, StoredTensor> values) {
        Session.Runner runner = session.runner();
        List<Tensor> tensors = new ArrayList<>();
        try {
            for (FlatVariable variable : flat.variables()) {
                StoredTensor value = values.get(variable.name());
                if (value == null || value.dataType() != variable.dataType()
                        || !java.util.Arrays.equals(value.shape(), variable.shape())) {
                    throw new IllegalArgumentException("Weight " + variable + " needs a stored value of its type and shape, got "
                            + value);
                }
                GraphOperation[] assign = assignments.computeIfAbsent(variable.name(), n -> assignOps(variable));
                Tensor tensor = value.toTensor();
                tensors.add(tensor);
                runner.feed(assign[0].output(0), tensor).addTarget(assign[1]);
            }
            runner.run();
        } finally {
            tensors.forEach(Tensor::close);
        }
    }

    /** The current values of every weight, by {@link FlatVariable#name()}. */
    public Map<String, FloatTensor> values() {
        Session.Runner runner = session.runner();
        flat.variables().forEach(v -> runner.fetch(v.readTensor()));
        Map<String, FloatTensor> values = new LinkedHashMap<>();
        try (Result result = runner.run()) {
            for (int i = 0; i < flat.variables().size(); i++) {
                values.put(flat.variables().get(i).name(), floats(result.get(i)));
            }
        }
        return values;
    }

    /** The output {@code outputKey} (float32) of the signature for the inputs {@code feeds} by input key. */
    public FloatTensor run(Map<String, Tensor> feeds, String outputKey) {
        Session.Runner runner = session.runner();
        feeds.forEach((key, tensor) -> runner.feed(tensorInfo(flat.inputs(), key).getName(), tensor));
        try (Result result = runner.fetch(tensorInfo(flat.outputs(), outputKey).getName()).run()) {
            return floats(result.get(0));
        }
    }

    /** The graph, for rewrites that extend it (training). */
    Graph graph() {
        return graph;
    }

    /** The session. */
    Session session() {
        return session;
    }

    /** The flat graph this session runs. */
    FlatGraph flatGraph() {
        return flat;
    }

    static FloatTensor floats(Tensor tensor) {
        float[] values = new float[Math.toIntExact(tensor.shape().size())];
        tensor.asRawTensor().data().asFloats().read(values);
        return new FloatTensor(tensor.shape().asArray(), values);
    }

    private GraphOperation[] assignOps(FlatVariable variable) {
        boolean int8 = variable.dataType() == DataType.DT_INT8;
        GraphOperation value = graph.opBuilder("Placeholder", SCOPE + variable.name() + "/value", graph.baseScope())
                .setAttr("dtype", int8 ? DataType.DT_UINT8 : variable.dataType()).setAttr("shape", Shape.of(variable.shape())).build();
        Output<?> assigned = !int8 ? value.output(0) : graph.opBuilder("Bitcast", SCOPE + variable.name() + "/bitcast",
                graph.baseScope()).addInput(value.output(0)).setAttr("type", DataType.DT_INT8).build().output(0);
        Output<?> handle = graph.operation(variable.name()).output(0);
        GraphOperation assign = graph.opBuilder("AssignVariableOp", SCOPE + variable.name() + "/assign", graph.baseScope())
                .addInput(handle).addInput(assigned).setAttr("dtype", variable.dataType()).build();
        return new GraphOperation[] {value, assign};
    }

    private static TensorInfo tensorInfo(Map<String, TensorInfo> tensors, String key) {
        TensorInfo info = tensors.get(key);
        if (info == null) {
            throw new IllegalArgumentException("The signature has no tensor '" + key + "'; it has " + tensors.keySet());
        }
        return info;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
