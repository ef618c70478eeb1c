package dev.modelspec.train;

import java.util.List;

/**
 * Everything needed to build a model's graph.
 *
 * @param inputShape the shape of one input example
 * @param layers the layers in order
 * @param softmaxOutput whether the serving output is probabilities rather than logits
 * @param variableKind which op holds the variables
 * @param seed the seed of initial values and dropout
 * @param adam the optimizer settings of the train step
 * @param serving the serving signature's batch size and key
 */
record ModelDefinition(
        long[] inputShape, List<Layer> layers, boolean softmaxOutput, VariableKind variableKind, long seed,
        AdamSettings adam, ServingSignature serving) {

    /** The number of classes: the length of the last layer's output vector. */
    int classCount() {
        return Math.toIntExact(layers.get(layers.size() - 1).outputShape()[0]);
    }
}
