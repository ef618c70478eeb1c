package dev.modelspec.api;

import dev.modelspec.data.DataProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a model specification: a baseline SavedModel, the data it is evaluated on, and
 * the {@link CompressionRecipe recipes} whose candidates must stay within the declared {@link
 * Tolerance tolerances}.
 *
 * <pre>{@code
 * @ModelSpec(baseline = "models/fashion-cnn-small", data = FashionMnistTest.class)
 * @Tolerance(maxAccuracyDrop = 0.02, minSparsity = 0.79)
 * class FashionCnnPruningSpec {
 *     @CompressionRecipe static Recipe magnitude80() { return Recipe.prune(Pruning.magnitude().sparsity(0.80)); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelSpec {

    /**
     * The baseline SavedModel directory: a path relative to the working directory (or absolute) if
     * that directory exists, otherwise a classpath resource directory. {@code ${key}} is replaced by the
     * configuration parameter or environment variable {@code key}, e.g. {@code "${models}/fraud-v3"}
     * (see docs/your-own-data.md).
     */
    String baseline();

    /** The SavedModel tag set to load. */
    String[] tags() default {"serve"};

    /** The serving signature to evaluate. */
    String signature() default "serving_default";

    /**
     * The key of the signature output to evaluate, e.g. {@code "logits"}; the default {@code ""} means
     * the signature's only output. A signature with several outputs needs it: the baseline fails
     * listing them otherwise. A signature with several inputs is fed by name: see {@link
     * dev.modelspec.data.LabeledData#namedInputs()}.
     */
    String output() default "";

    /** The evaluation data; the class needs a public no-argument constructor. */
    Class<? extends DataProvider> data();

    /**
     * Whether the signature's output is logits or probabilities; detected from the scores by default.
     * It matters for the probability measures (KL divergence, the probability of the true class).
     */
    Outputs outputs() default Outputs.DETECT;

    /**
     * What the model predicts: detected from the output width and the labels by default (see {@link
     * Task#DETECT}); declare it when that is ambiguous. Labels that do not fit the output fail the
     * baseline before any recipe runs.
     */
    Task task() default Task.DETECT;

    /**
     * Training data for recipes that fine-tune (gradual pruning); the class needs a public
     * no-argument constructor. The default, {@code DataProvider.class} itself, means none.
     */
    Class<? extends DataProvider> trainingData() default DataProvider.class;

    /**
     * Evaluate only the first {@code dataLimit} examples; {@code 0} (the default) means all. The
     * configuration parameter {@code modelspec.eval.limit} can lower it further.
     */
    int dataLimit() default 0;
}
