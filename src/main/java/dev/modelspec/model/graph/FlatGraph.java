package dev.modelspec.model.graph;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.NoSuchElementException;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;

/**
 * One serving signature of a SavedModel as a single flat graph: no function calls, every weight a
 * {@link FlatVariable} ({@code VarHandleOp} plus one {@code ReadVariableOp} that every use goes
 * through), the signature's inputs {@code Placeholder}s. This is the form graph rewrites work on:
 * a training graph adds a loss, gradients and optimizer updates to it ({@link TrainingGraph}); a
 * storage rewrite (int8 weights with a dequantize after the read, filters removed) replaces the
 * nodes around a weight's read and the weight itself, and returns a new {@code FlatGraph}; {@link
 * FlatSavedModelWriter} writes any of them as a serving-only SavedModel.
 *
 * <p>A {@code FlatGraph} is an immutable value and holds no weight values: those travel beside it
 * as a {@code Map<String, FloatTensor>} keyed by {@link FlatVariable#name()}. Prove a rewrite with {@link
 * FlatGraphSession}: the same inputs must give the same outputs before and after.
 *
 * <p>Built by {@link #inline(MetaGraphDef, String)}: the serving computation is walked back from the
 * signature's outputs through data inputs; {@code StatefulPartitionedCall} / {@code
 * PartitionedCall} bodies are inlined recursively (nodes named {@code <call>/<node>}); {@code
 * ReadVariableOp} of a weight becomes its read, {@code ResourceGather} a {@code GatherV2} of it;
 * TF1 {@code VariableV2} reference variables become resource variables read the same way; control
 * inputs, {@code NoOp}s, devices and {@code _} attributes are dropped. Control flow ({@code If},
 * {@code While}), polymorphic function attributes and other uses of a weight's handle are rejected
 * with a {@link GraphRewriteException} naming the op.
 */
public final class FlatGraph {

    private final String signatureKey;
    private final GraphDef graphDef;
    private final List<FlatVariable> variables;
    private final Map<String, TensorInfo> inputs;
    private final Map<String, TensorInfo> outputs;

    FlatGraph(String signatureKey, GraphDef graphDef, List<FlatVariable> variables, Map<String, TensorInfo> inputs,
            Map<String, TensorInfo> outputs) {
        this.signatureKey = signatureKey;
        this.graphDef = graphDef;
        this.variables = List.copyOf(variables);
        this.inputs = Map.copyOf(inputs);
        this.outputs = Map.copyOf(outputs);
    }

    /**
     * The signature {@code signatureKey} of {@code metaGraph} as a flat graph.
     *
     * @throws GraphRewriteException if the signature does not exist or uses an op the inliner cannot
     *     express; the message names the op and node
     */
    public static FlatGraph inline(MetaGraphDef metaGraph, String signatureKey) {
        return new ServingInliner(metaGraph).inline(signatureKey);
    }

    /**
     * This graph with each weight's {@link FlatVariable#sourceVariable()} renamed by {@code byHandle},
     * which maps the weight's source handle to the name its model lists it under.
     */
    public FlatGraph withSourceVariables(UnaryOperator<String> byHandle) {
        List<FlatVariable> renamed = variables.stream().map(v -> new FlatVariable(v.name(), v.readTensor(), v.dataType(),
                v.shape(), v.sourceHandle(), byHandle.apply(v.sourceHandle()))).toList();
        return new FlatGraph(signatureKey, graphDef, renamed, inputs, outputs);
    }

    /** The key of the signature this graph computes, e.g. {@code serving_default}. */
    public String signatureKey() {
        return signatureKey;
    }

    /** The graph: the computation and the weights' handles and reads, nothing else. */
    public GraphDef graphDef() {
        return graphDef;
    }

    /** The weights, in the order they were first used. */
    public List<FlatVariable> variables() {
        return variables;
    }

    /** The weight named {@code name} in this graph. */
    public FlatVariable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() ->
                new NoSuchElementException("No weight " + name + " in the flat graph; it has "
                        + variables.stream().map(FlatVariable::name).toList()));
    }

    /** The signature's inputs by key, named as tensors of this graph (placeholders). */
    public Map<String, TensorInfo> inputs() {
        return inputs;
    }

    /** The signature's outputs by key, named as tensors of this graph. */
    public Map<String, TensorInfo> outputs() {
        return outputs;
    }

    /** The signature as a {@code SignatureDef} of this graph, method {@code tensorflow/serving/predict}. */
    public SignatureDef signatureDef() {
        return SignatureDef.newBuilder().putAllInputs(inputs).putAllOutputs(outputs)
                .setMethodName("tensorflow/serving/predict").build();
    }

    /** The only output: what a classifier or regressor returns. */
    TensorInfo singleOutput() {
        if (outputs.size() != 1) {
            throw new GraphRewriteException("The signature " + signatureKey + " has " + outputs.size() + " outputs "
                    + outputs.keySet() + "; a training graph needs exactly one");
        }
        return outputs.values().iterator().next();
    }

    /** The only input. */
    TensorInfo singleInput() {
        if (inputs.size() != 1) {
            throw new GraphRewriteException("The signature " + signatureKey + " has " + inputs.size() + " inputs "
                    + inputs.keySet() + "; a training graph needs exactly one");
        }
        return inputs.values().iterator().next();
    }
}
