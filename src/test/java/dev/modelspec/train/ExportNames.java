package dev.modelspec.train;

/**
 * The names a {@link TrainableModel} uses in its graph and in the SavedModel it exports.
 *
 * <p>Model variables are named like Keras layers name them: {@code conv2d/kernel}, {@code
 * conv2d/bias}, {@code dense/kernel}, {@code dense_1/kernel}. Adam adds training state: the
 * iteration counter {@value #ADAM_ITERATION} (INT64 scalar) and, for every model variable {@code
 * v}, the slots {@code Adam/m/v} and {@code Adam/v/v} of {@code v}'s shape. The checkpoint key of
 * every variable is its name.
 */
public final class ExportNames {

    /**
     * The key of the signature that maps {@value #SERVING_INPUT} to {@value #SERVING_OUTPUT}, unless
     * {@link SequentialModelBuilder#servingSignature(String)} names it otherwise.
     */
    public static final String SERVING_SIGNATURE = "serving_default";
    /** The serving input key: a float32 batch of examples. */
    public static final String SERVING_INPUT = "input";
    /** The serving output key: logits, or probabilities when the model ends with a softmax. */
    public static final String SERVING_OUTPUT = "output";
    /** The signature that runs one Adam step on a batch and returns the batch's loss. */
    public static final String TRAIN_SIGNATURE = "train";
    /** The train input key: a float32 batch of examples. */
    public static final String TRAIN_INPUT = "x";
    /** The train input key: an int32 vector of class labels. */
    public static final String TRAIN_LABELS = "y";
    /** The train output key: the mean softmax cross-entropy of the batch before the step. */
    public static final String TRAIN_LOSS = "loss";
    /** Adam's iteration counter. */
    public static final String ADAM_ITERATION = "Adam/iter";
    /** The tag of the exported meta graph. */
    public static final String SERVE_TAG = "serve";

    private ExportNames() {}

    /** The name of Adam's first-moment slot of a model variable. */
    public static String adamFirstMoment(String variableName) {
        return "Adam/m/" + variableName;
    }

    /** The name of Adam's second-moment slot of a model variable. */
    public static String adamSecondMoment(String variableName) {
        return "Adam/v/" + variableName;
    }

    /** Whether a variable name belongs to Adam's training state. */
    public static boolean isTrainingState(String variableName) {
        return variableName.startsWith("Adam/");
    }
}
