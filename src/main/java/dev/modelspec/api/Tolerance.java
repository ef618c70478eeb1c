package dev.modelspec.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a candidate must respect; each set attribute becomes one check per recipe. On a {@link
 * ModelSpec} class it applies to every recipe; on a {@link CompressionRecipe} method it applies to
 * that recipe and overrides the class-level value of the same attribute. Unset attributes are
 * {@code NaN}. Fractions must lie in {@code [0, 1]}, the significance level in {@code (0, 1)}, the KL
 * divergence and the MSE increases must be finite and {@code >= 0}, ratios finite and {@code > 0} (they may exceed 1);
 * anything else is a discovery issue. A limit must suit the model's task (accuracy for classifiers, the
 * AUC for binary models, the MSE for regressions, label accuracy and micro-F1 for multi-label models); one that does not fails the baseline. docs/engine.md lists every check with its id and name.
 *
 * <p>Sizes have one attribute per measure rather than a ratio plus a kind: each reads on its own,
 * overrides on a recipe independently and can be combined with the others.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tolerance {

    /** The largest allowed {@code baseline accuracy - candidate accuracy}, e.g. {@code 0.02}. */
    double maxAccuracyDrop() default Double.NaN;

    /** The largest allowed accuracy drop as a fraction of the baseline accuracy, e.g. {@code 0.05}. */
    double maxRelativeAccuracyDrop() default Double.NaN;

    /** The largest allowed accuracy drop of any single class (its recall), e.g. {@code 0.05}. */
    double maxClassAccuracyDrop() default Double.NaN;

    /**
     * The significance level at which McNemar's exact test must not show the candidate worse than the
     * baseline, e.g. {@code 0.05}: the check fails when the candidate has more regressions than
     * improvements and {@code p} is below this level.
     */
    double notSignificantlyWorseAt() default Double.NaN;

    /** The smallest allowed fraction of zero prunable weights in the candidate, e.g. {@code 0.79}. */
    double minSparsity() default Double.NaN;

    /** The smallest allowed fraction of examples where candidate and baseline predict the same class. */
    double minAgreement() default Double.NaN;

    /** The largest allowed mean KL divergence from baseline to candidate probabilities, in nats. */
    double maxKlDivergence() default Double.NaN;

    /**
     * The largest allowed candidate over baseline time per batch (the engine's batch size), median of
     * interleaved pairs, e.g. {@code 0.8} for 20% faster or {@code 1.1} for at most 10% slower.
     */
    double maxLatencyRatio() default Double.NaN;

    /** The largest allowed candidate over baseline gzip size of the serving weights, e.g. {@code 0.5}. */
    double maxWeightsGzipRatio() default Double.NaN;

    /** The largest allowed candidate over baseline packed-size estimate (bit width and sparsity). */
    double maxPackedSizeRatio() default Double.NaN;

    /** The largest allowed candidate over baseline size of the SavedModel directory's files. */
    double maxSavedModelRatio() default Double.NaN;

    /** The largest allowed candidate over baseline size of the SavedModel as a deterministic tar.gz. */
    double maxSavedModelGzipRatio() default Double.NaN;

    /**
     * The largest allowed {@code baseline ROC AUC − candidate ROC AUC} of a binary model, e.g. {@code
     * 0.01}; a fraction.
     */
    double maxAucDrop() default Double.NaN;

    /**
     * The largest allowed rise of a regression's mean squared error, in the targets' unit squared,
     * e.g. {@code 0.05}; finite and {@code >= 0}.
     */
    double maxMseIncrease() default Double.NaN;

    /**
     * The largest allowed rise of a regression's mean squared error as a fraction of the baseline's,
     * e.g. {@code 0.1} for 10% more; finite and {@code >= 0} (it may exceed 1).
     */
    double maxRelativeMseIncrease() default Double.NaN;

    /**
     * The largest allowed drop of a multi-label model's label accuracy (the fraction of example-label
     * decisions that are right, 1 − Hamming loss), e.g. {@code 0.01}; a fraction.
     */
    double maxLabelAccuracyDrop() default Double.NaN;

    /** The largest allowed drop of a multi-label model's micro-F1, e.g. {@code 0.02}; a fraction. */
    double maxMicroF1Drop() default Double.NaN;
}
