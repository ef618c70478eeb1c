package dev.modelspec.train;

import java.util.List;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.SaverDef;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The complete graph of a model: variables, the serving pass {@code input -> output}, the training
 * pass {@code train/x, train/y -> train/loss} with its Adam step, and the saver.
 *
 * @param input the serving input placeholder
 * @param output the serving output
 * @param trainInput the training input placeholder
 * @param trainLabels the training label placeholder
 * @param trainLoss the mean loss, fetched after one Adam step
 * @param variables all variables
 * @param saverDef the saver's description
 */
record ModelGraph(
        Placeholder<TFloat32> input,
        Operand<TFloat32> output,
        Placeholder<TFloat32> trainInput,
        Placeholder<TInt32> trainLabels,
        Operand<TFloat32> trainLoss,
        VariableStore variables,
        SaverDef saverDef) {

    /** Adds a model's ops to an empty graph. */
    static ModelGraph build(Graph graph, ModelDefinition definition) {
        ScopeTree scopes = new ScopeTree(Ops.create(graph));
        VariableStore variables = new VariableStore(scopes, definition.variableKind());
        Random random = new Random(definition.seed());
        definition.layers().forEach(layer -> layer.createVariables(variables, random));
        Shape batchShape = Shape.of(-1).append(Shape.of(definition.inputShape()));

        Ops root = scopes.root();
        Shape servingShape = Shape.of(definition.serving().batchSize()).append(Shape.of(definition.inputShape()));
        Placeholder<TFloat32> input = root.withName(ExportNames.SERVING_INPUT)
                .placeholder(TFloat32.class, Placeholder.shape(servingShape));
        Operand<TFloat32> logits = forward(new ForwardPass(scopes, "", false, variables, definition.seed()),
                definition, input);
        Ops named = root.withName(ExportNames.SERVING_OUTPUT);
        Operand<TFloat32> output = definition.softmaxOutput() ? named.nn.softmax(logits) : named.identity(logits);

        Ops train = scopes.at("train");
        Placeholder<TFloat32> x = train.withName(ExportNames.TRAIN_INPUT)
                .placeholder(TFloat32.class, Placeholder.shape(batchShape));
        Placeholder<TInt32> y = train.withName(ExportNames.TRAIN_LABELS)
                .placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        ForwardPass pass = new ForwardPass(scopes, "train", true, variables, definition.seed());
        Operand<TFloat32> trainLogits = forward(pass, definition, x);
        Operand<TFloat32> oneHot =
                train.oneHot(y, train.constant(definition.classCount()), train.constant(1f), train.constant(0f));
        Operand<TFloat32> crossEntropy = train.nn.softmaxCrossEntropyWithLogits(trainLogits, oneHot).loss();
        Operand<TFloat32> meanLoss = train.withName("mean_loss").math.mean(crossEntropy, train.constant(0));
        Op step = new AdamOptimizer(definition.adam()).minimize(scopes, variables, meanLoss, pass.reads());
        Operand<TFloat32> loss =
                train.withControlDependencies(List.of(step)).withName(ExportNames.TRAIN_LOSS).identity(meanLoss);

        SaverDef saverDef = Saver.addTo(scopes.at("save"), variables.all());
        return new ModelGraph(input, output, x, y, loss, variables, saverDef);
    }

    private static Operand<TFloat32> forward(ForwardPass pass, ModelDefinition definition, Operand<TFloat32> input) {
        Operand<TFloat32> current = input;
        for (Layer layer : definition.layers()) {
            current = layer.apply(pass, current);
        }
        return current;
    }
}
