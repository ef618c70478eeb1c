package dev.modelspec.train;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tensorflow.Graph;
import org.tensorflow.Session;

/**
 * Describes a Keras-like sequential classifier and builds it as a {@link TrainableModel}.
 *
 * <p>Layers are checked against the current shape as they are added, so an invalid argument fails
 * with an {@link IllegalArgumentException} at the call that caused it. Layers are named as Keras
 * names them ({@code conv2d}, {@code conv2d_1}, {@code max_pooling2d}, {@code flatten}, {@code
 * dense}, ...) and so are their variables ({@code dense/kernel}, {@code dense/bias}). Kernels start
 * Glorot-uniform from the seed, biases at zero.
 */
public final class SequentialModelBuilder {

    private final long[] inputShape;
    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private long[] shape;
    private boolean softmaxOutput;
    private VariableKind variableKind = VariableKind.RESOURCE;
    private long seed;
    private AdamSettings adam = AdamSettings.defaults();
    private ServingSignature serving = ServingSignature.DEFAULT;

    private SequentialModelBuilder(long[] inputShape) {
        Layer.require(inputShape.length > 0 && Arrays.stream(inputShape).allMatch(d -> d > 0),
                "Input shape needs positive dimensions, got " + Arrays.toString(inputShape));
        this.inputShape = inputShape.clone();
        this.shape = inputShape.clone();
    }

    /** Starts a model whose examples have {@code exampleShape}, e.g. {@code 28, 28}. */
    public static SequentialModelBuilder withInput(long... exampleShape) {
        return new SequentialModelBuilder(exampleShape);
    }

    /** Reshapes each example, e.g. {@code [28, 28]} to {@code [28, 28, 1]}. */
    public SequentialModelBuilder reshape(long... targetShape) {
        return add("reshape", name -> new ReshapeLayer(name, shape, targetShape));
    }

    /** A stride-1 convolution with {@code filters} square kernels of {@code kernelSize}. */
    public SequentialModelBuilder conv2d(int filters, int kernelSize, Padding padding, boolean relu) {
        return add("conv2d", name -> new Conv2dLayer(name, shape, filters, kernelSize, padding, relu));
    }

    /** Max pooling over non-overlapping {@code size x size} windows. */
    public SequentialModelBuilder maxPool2d(int size) {
        return add("max_pooling2d", name -> new MaxPool2dLayer(name, shape, size));
    }

    /** Flattens each example to a vector. */
    public SequentialModelBuilder flatten() {
        return add("flatten", name -> new FlattenLayer(name, shape));
    }

    /** A fully connected layer. */
    public SequentialModelBuilder dense(int units, boolean relu) {
        return add("dense", name -> new DenseLayer(name, shape, units, relu));
    }

    /** Dropout with {@code rate} in {@code [0, 1)}, active in the train step only. */
    public SequentialModelBuilder dropout(float rate) {
        return add("dropout", name -> new DropoutLayer(name, shape, rate));
    }

    /** An element-wise ReLU. */
    public SequentialModelBuilder relu() {
        return add("re_lu", name -> new ReluLayer(name, shape));
    }

    /** Makes the serving output probabilities; training still uses the logits. */
    public SequentialModelBuilder softmaxOutput() {
        softmaxOutput = true;
        return this;
    }

    /** Uses TF1-style {@code VariableV2} variables instead of resource variables. */
    public SequentialModelBuilder legacyVariables() {
        variableKind = VariableKind.LEGACY;
        return this;
    }

    /** Sets the seed of the initial values and of dropout; 0 by default. */
    public SequentialModelBuilder seed(long value) {
        seed = value;
        return this;
    }

    /** Sets the optimizer of the train step; {@link AdamSettings#defaults()} by default. */
    public SequentialModelBuilder adam(AdamSettings settings) {
        adam = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Fixes the serving input's batch dimension to {@code size}, as a Keras model built with {@code
     * batch_size} exports it; the train signature keeps a free batch. Free by default.
     */
    public SequentialModelBuilder fixedBatch(int size) {
        serving = serving.withBatchSize(size);
        return this;
    }

    /** Exports the serving signature under {@code key} instead of {@code serving_default}. */
    public SequentialModelBuilder servingSignature(String key) {
        serving = serving.withKey(key);
        return this;
    }

    /**
     * Builds the graph, starts the TensorFlow runtime if needed, and initializes the variables.
     *
     * @throws IllegalStateException if the last layer does not output a vector of class scores
     */
    public TrainableModel build() {
        if (layers.isEmpty() || shape.length != 1) {
            throw new IllegalStateException("The last layer must output a vector of class scores, got shape "
                    + Arrays.toString(shape) + "; end with flatten and dense");
        }
        ModelDefinition definition =
                new ModelDefinition(inputShape, List.copyOf(layers), softmaxOutput, variableKind, seed, adam, serving);
        TensorFlowRuntime.start();
        Graph graph = new Graph();
        try {
            ModelGraph model = ModelGraph.build(graph, definition);
            Session session = new Session(graph);
            try {
                model.variables().initialize(session);
                return new TrainableModel(graph, session, model, definition);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    private SequentialModelBuilder add(String kind, Function<String, Layer> factory) {
        int count = nameCounts.getOrDefault(kind, 0);
        Layer layer = factory.apply(count == 0 ? kind : kind + "_" + count);
        nameCounts.put(kind, count + 1);
        layers.add(layer);
        shape = layer.outputShape();
        return this;
    }
}
