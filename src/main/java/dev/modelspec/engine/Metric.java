package dev.modelspec.engine;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.api.Tolerance;
import dev.modelspec.assertions.CandidateCheck;
import dev.modelspec.assertions.Judgement;
import dev.modelspec.assertions.error.Range;
import dev.modelspec.metrics.TaskKind;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The metrics a {@link Tolerance} can limit: the attribute that sets each limit; the unique-id
 * segment of its check is the name in kebab case, e.g. {@code accuracy-drop}. Ranges, measurements,
 * judgements and words are those of the {@link CandidateCheck} of the same name, which {@link
 * dev.modelspec.assertions.CandidateAssert} uses too.
 */
enum Metric {

    ACCURACY_DROP("maxAccuracyDrop", Tolerance::maxAccuracyDrop),
    RELATIVE_ACCURACY_DROP("maxRelativeAccuracyDrop", Tolerance::maxRelativeAccuracyDrop),
    CLASS_ACCURACY_DROP("maxClassAccuracyDrop", Tolerance::maxClassAccuracyDrop),
    NOT_SIGNIFICANTLY_WORSE("notSignificantlyWorseAt", Tolerance::notSignificantlyWorseAt),
    SPARSITY("minSparsity", Tolerance::minSparsity),
    AGREEMENT("minAgreement", Tolerance::minAgreement),
    KL_DIVERGENCE("maxKlDivergence", Tolerance::maxKlDivergence),
    LATENCY_RATIO("maxLatencyRatio", Tolerance::maxLatencyRatio),
    WEIGHTS_GZIP_RATIO("maxWeightsGzipRatio", Tolerance::maxWeightsGzipRatio),
    PACKED_SIZE_RATIO("maxPackedSizeRatio", Tolerance::maxPackedSizeRatio),
    SAVED_MODEL_RATIO("maxSavedModelRatio", Tolerance::maxSavedModelRatio),
    SAVED_MODEL_GZIP_RATIO("maxSavedModelGzipRatio", Tolerance::maxSavedModelGzipRatio),
    AUC_DROP("maxAucDrop", Tolerance::maxAucDrop),
    MSE_INCREASE("maxMseIncrease", Tolerance::maxMseIncrease),
    RELATIVE_MSE_INCREASE("maxRelativeMseIncrease", Tolerance::maxRelativeMseIncrease),
    LABEL_ACCURACY_DROP("maxLabelAccuracyDrop", Tolerance::maxLabelAccuracyDrop),
    MICRO_F1_DROP("maxMicroF1Drop", Tolerance::maxMicroF1Drop);

    private final String id;
    private final String attribute;
    private final ToDoubleFunction<Tolerance> reader;
    private final CandidateCheck check;

    /** The limit of the {@link CandidateCheck} of the same name, set by {@code attribute}. */
    Metric(String attribute, ToDoubleFunction<Tolerance> reader) {
        this.check = CandidateCheck.valueOf(name());
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.attribute = attribute;
        this.reader = reader;
    }

    /** The unique-id segment value, e.g. {@code accuracy-drop}. */
    String id() {
        return id;
    }

    /** The {@link Tolerance} attribute, e.g. {@code maxAccuracyDrop}. */
    String attribute() {
        return attribute;
    }

    /** The values the attribute may take. */
    Range range() {
        return check.range();
    }

    /** The attribute's value in {@code tolerance}; {@code NaN} when unset. */
    double limitIn(Tolerance tolerance) {
        return reader.applyAsDouble(tolerance);
    }

    /** The check's display name, e.g. {@code accuracy drop ≤ 0.020}. */
    String displayName(double limit) {
        return check.displayName(limit);
    }

    /** Whether the check measures models of {@code task}. */
    boolean appliesTo(TaskKind task) {
        return check.appliesTo(task);
    }

    /** Why the check with {@code limit} cannot measure a model of {@code task}, and what to limit instead. */
    String notApplicable(TaskKind task, double limit) {
        return attribute + " = " + limit + ": " + check.notApplicable(task, limit);
    }

    /** Measures the candidate against {@code limit}. */
    Judgement judge(Baseline base, Candidate candidate, double limit) {
        return check.judge(base, candidate, limit);
    }
}
