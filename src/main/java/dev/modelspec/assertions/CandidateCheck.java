package dev.modelspec.assertions;

import static dev.modelspec.assertions.error.Numbers.interval;
import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;
import static dev.modelspec.assertions.error.Numbers.pValue;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.assertions.error.Numbers;
import dev.modelspec.assertions.error.Range;
import dev.modelspec.assertions.error.ShouldAgreeAtLeast;
import dev.modelspec.assertions.error.ShouldHaveKlDivergenceAtMost;
import dev.modelspec.assertions.error.ShouldHaveLatencyRatioAtMost;
import dev.modelspec.assertions.error.ShouldHaveSizeRatioAtMost;
import dev.modelspec.assertions.error.ShouldHaveSparsityAtLeast;
import dev.modelspec.assertions.error.ShouldLoseClassAccuracyAtMost;
import dev.modelspec.assertions.error.ShouldLoseMultiLabelScoreAtMost;
import dev.modelspec.assertions.error.ShouldNotBeSignificantlyWorse;
import dev.modelspec.assertions.error.ShouldStayWithinAccuracy;
import dev.modelspec.assertions.error.ShouldStayWithinRelativeAccuracy;
import dev.modelspec.assertions.error.ShouldHaveAucDropAtMost;
import dev.modelspec.assertions.error.ShouldStayWithinMse;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.comparison.McNemarTest;
import dev.modelspec.metrics.latency.InterleavedRatio;
import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.size.SizeKind;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Every limit a candidate can be held to, defined once: which values the limit may take, how the
 * candidate is measured and compared (with {@value Numbers#SLACK} slack), how the measurement reads
 * and how a failure is worded. {@link CandidateAssert} and the engine's {@code @Tolerance} tests both
 * judge through here, so they always agree.
 */
public enum CandidateCheck {

    /** Accuracy lost, absolute: {@code baseline − candidate ≤ limit}. */
    ACCURACY_DROP("accuracy drop ≤ ", Range.FRACTION, true, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            double drop = base.accuracy() - candidate.accuracy();
            return atMost(max, drop, " " + change(base, candidate),
                    ShouldStayWithinAccuracy.shouldStayWithinAccuracy(candidate.recipeName(), max, base.accuracy(),
                            candidate.accuracy(), candidate.accuracyDelta()));
        }
    },
    /** Accuracy lost as a fraction of the baseline's. */
    RELATIVE_ACCURACY_DROP("relative accuracy drop ≤ ", Range.FRACTION, true, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            double drop = Numbers.relativeDrop(base.accuracy(), candidate.accuracy());
            return atMost(max, drop, " " + change(base, candidate),
                    ShouldStayWithinRelativeAccuracy.shouldStayWithinRelativeAccuracy(
                            candidate.recipeName(), max, drop, base.accuracy(), candidate.accuracy()));
        }
    },
    /** The largest accuracy (recall) any one class lost. */
    CLASS_ACCURACY_DROP("class accuracy drop ≤ ", Range.FRACTION, false, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            ClassAccuracyDrop worst = candidate.largestClassDrop();
            String change = Numbers.change(worst.baselineAccuracy(), worst.candidateAccuracy());
            String cls = base == null ? Integer.toString(worst.cls()) : base.describeClass(worst.cls());
            return atMost(max, worst.drop(), " on class " + cls + " " + change,
                    ShouldLoseClassAccuracyAtMost.shouldLoseAtMostOnEveryClass(candidate.recipeName(), max, worst, cls));
        }
    },
    /** McNemar's exact test at level α; significantly better passes. */
    NOT_SIGNIFICANTLY_WORSE("not significantly worse at α = ", Range.SIGNIFICANCE_LEVEL, true, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double alpha) {
            McNemarTest test = candidate.mcNemar();
            String p = pValue(test.pValue());
            return new Judgement(!Numbers.significantlyWorse(test, alpha), test.pValue(), p, displayName(alpha)
                    + ": measured p = " + p + " (" + test.regressions() + " regressions, " + test.improvements()
                    + " improvements)", ShouldNotBeSignificantlyWorse.shouldNotBeSignificantlyWorse(
                            candidate.recipeName(), alpha, test, base.accuracy(), candidate.accuracy()));
        }
    },
    /** The fraction of prunable weights that are zero. */
    SPARSITY("sparsity ≥ ", Range.FRACTION, false, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double min) {
            double sparsity = candidate.sparsity();
            return atLeast(min, sparsity, "",
                    ShouldHaveSparsityAtLeast.shouldHaveSparsityAtLeast(candidate.recipeName(), min, sparsity));
        }
    },
    /** The fraction of examples on which the candidate predicts the baseline's class. */
    AGREEMENT("agreement ≥ ", Range.FRACTION, false, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double min) {
            double agreement = candidate.agreement();
            return atLeast(min, agreement, "",
                    ShouldAgreeAtLeast.shouldAgreeAtLeast(candidate.recipeName(), min, agreement));
        }
    },
    /** The mean KL divergence from the baseline's class probabilities, in nats. */
    KL_DIVERGENCE("KL divergence ≤ ", Range.NON_NEGATIVE, false, Tasks.CLASSIFICATION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            double divergence = candidate.klDivergence();
            return atMost(max, divergence, " nats",
                    ShouldHaveKlDivergenceAtMost.shouldHaveKlDivergenceAtMost(candidate.recipeName(), max, divergence));
        }
    },
    /** Time per batch of {@link LatencyComparison#batchSize()} over the baseline's. */
    LATENCY_RATIO("latency ratio ≤ ", Range.RATIO, false, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            LatencyComparison latency = candidate.latency();
            return latencyRatio(candidate, max, latency.batchSize(), latency.ratioBatchN());
        }
    },
    /** Time per single example over the baseline's: the serving case. */
    BATCH_ONE_LATENCY_RATIO("batch-one latency ratio ≤ ", Range.RATIO, false, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            return latencyRatio(candidate, max, 1, candidate.latency().ratioBatchOne());
        }
    },
    /** {@link SizeKind#WEIGHTS_GZIP} bytes over the baseline's. */
    WEIGHTS_GZIP_RATIO("weights gzip ratio ≤ ", Range.RATIO, true, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.WEIGHTS_GZIP, base, candidate, max);
        }
    },
    /** {@link SizeKind#PACKED} bytes over the baseline's. */
    PACKED_SIZE_RATIO("packed size ratio ≤ ", Range.RATIO, true, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.PACKED, base, candidate, max);
        }
    },
    /** {@link SizeKind#SAVED_MODEL} bytes over the baseline's. */
    SAVED_MODEL_RATIO("SavedModel size ratio ≤ ", Range.RATIO, true, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.SAVED_MODEL, base, candidate, max);
        }
    },
    /** {@link SizeKind#SAVED_MODEL_GZIP} bytes over the baseline's. */
    SAVED_MODEL_GZIP_RATIO("SavedModel gzip ratio ≤ ", Range.RATIO, true, Tasks.ANY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.SAVED_MODEL_GZIP, base, candidate, max);
        }
    },
    /** ROC AUC lost, absolute: {@code baseline AUC − candidate AUC ≤ limit}; binary models only. */
    AUC_DROP("AUC drop ≤ ", Range.FRACTION, false, Tasks.BINARY) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            BinaryComparison binary = candidate.binaryComparison().orElseThrow();
            double drop = binary.aucDrop();
            return atMost(max, drop, " " + Numbers.change(binary.baseline().auc(), binary.candidate().auc()),
                    ShouldHaveAucDropAtMost.shouldHaveAucDropAtMost(candidate.recipeName(), max,
                            binary.baseline().auc(), binary.candidate().auc()));
        }
    },
    /** Mean squared error gained, absolute, in the targets' unit squared; regressions only. */
    MSE_INCREASE("MSE increase ≤ ", Range.NON_NEGATIVE, false, Tasks.REGRESSION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            RegressionComparison regression = candidate.regressionComparison().orElseThrow();
            double increase = regression.mseIncrease();
            return judgement(Numbers.atMost(increase, max), max, increase, Numbers.significant(increase),
                    mseDetail(regression), ShouldStayWithinMse.shouldStayWithinMse(candidate.recipeName(), max, regression));
        }

        @Override
        public String displayName(double limit) {
            return "MSE increase ≤ " + Numbers.significant(limit);
        }
    },
    /** Mean squared error gained as a fraction of the baseline's; regressions only. */
    RELATIVE_MSE_INCREASE("relative MSE increase ≤ ", Range.NON_NEGATIVE, false, Tasks.REGRESSION) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            RegressionComparison regression = candidate.regressionComparison().orElseThrow();
            double increase = regression.relativeMseIncrease();
            return atMost(max, increase, mseDetail(regression),
                    ShouldStayWithinMse.shouldStayWithinRelativeMse(candidate.recipeName(), max, regression));
        }
    },
    /** Label accuracy (1 − Hamming loss) lost, absolute; multi-label models only. */
    LABEL_ACCURACY_DROP("label accuracy drop ≤ ", Range.FRACTION, false, Tasks.MULTILABEL) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            MultiLabelComparison labels = candidate.multiLabelComparison().orElseThrow();
            return atMost(max, labels.labelAccuracyDrop(), " " + Numbers.change(labels.baseline().labelAccuracy(),
                    labels.candidate().labelAccuracy()), ShouldLoseMultiLabelScoreAtMost.shouldLoseLabelAccuracyAtMost(
                            candidate.recipeName(), max, labels));
        }
    },
    /** Micro-F1 lost, absolute; multi-label models only. */
    MICRO_F1_DROP("micro-F1 drop ≤ ", Range.FRACTION, false, Tasks.MULTILABEL) {
        @Override
        Judgement measure(Baseline base, Candidate candidate, double max) {
            MultiLabelComparison labels = candidate.multiLabelComparison().orElseThrow();
            return atMost(max, labels.microF1Drop(), " " + Numbers.change(labels.baseline().microF1(),
                    labels.candidate().microF1()), ShouldLoseMultiLabelScoreAtMost.shouldLoseMicroF1AtMost(
                            candidate.recipeName(), max, labels));
        }
    };

    private final String relation;
    private final Range range;
    private final boolean readsBaseline;
    private final Set<TaskKind> tasks;

    CandidateCheck(String relation, Range range, boolean readsBaseline, Set<TaskKind> tasks) {
        this.relation = relation;
        this.range = range;
        this.readsBaseline = readsBaseline;
        this.tasks = tasks;
    }

    /** The tasks each check applies to; a class of its own because enum constants cannot read the enum's statics. */
    private static final class Tasks {
        static final Set<TaskKind> ANY = EnumSet.allOf(TaskKind.class);
        static final Set<TaskKind> CLASSIFICATION = EnumSet.of(TaskKind.MULTICLASS, TaskKind.BINARY);
        static final Set<TaskKind> BINARY = EnumSet.of(TaskKind.BINARY);
        static final Set<TaskKind> REGRESSION = EnumSet.of(TaskKind.REGRESSION);
        static final Set<TaskKind> MULTILABEL = EnumSet.of(TaskKind.MULTILABEL);
    }

    /** The values the limit may take. */
    public Range range() {
        return range;
    }

    /**
     * Whether {@link #judge} reads the {@link Baseline}; the others compare with the baseline's
     * predictions, which the candidate carries.
     */
    public boolean readsBaseline() {
        return readsBaseline;
    }

    /** The check as a sentence, e.g. {@code accuracy drop ≤ 0.020}. */
    public String displayName(double limit) {
        return relation + limit(limit);
    }

    /**
     * Whether this check measures models of {@code task}: accuracy and agreement need classes, the
     * MSE a regression, the AUC a binary model, the label accuracy and micro-F1 a multi-label model;
     * sizes, sparsity and latency apply to every model.
     */
    public boolean appliesTo(TaskKind task) {
        return tasks.contains(task);
    }

    /**
     * Measures {@code candidate} against {@code limit}.
     *
     * @param base the baseline; may be {@code null} when {@link #readsBaseline()} is false
     * @param limit a limit within {@link #range()}
     * @throws IllegalStateException if the check does not apply to the candidate's task, e.g. an
     *     accuracy limit on a regression: the message says which checks do
     */
    public final Judgement judge(Baseline base, Candidate candidate, double limit) {
        if (!appliesTo(candidate.task())) {
            throw new IllegalStateException(notApplicable(candidate.task(), limit));
        }
        return measure(base, candidate, limit);
    }

    /**
     * Why this check with {@code limit} cannot measure a model of {@code task}, and what to limit
     * instead, e.g. {@code accuracy drop ≤ 0.020 does not apply to a regression model: limit the mean
     * squared error instead (maxMseIncrease, maxRelativeMseIncrease)}.
     */
    public String notApplicable(TaskKind task, double limit) {
        String instead = switch (task) {
            case REGRESSION -> "limit the mean squared error instead (maxMseIncrease, maxRelativeMseIncrease)";
            case MULTILABEL -> "limit the label accuracy or the micro-F1 instead (maxLabelAccuracyDrop, maxMicroF1Drop)";
            case BINARY, MULTICLASS -> this == AUC_DROP
                    ? "the ROC AUC needs a binary model (labels 0/1); limit the accuracy instead (maxAccuracyDrop)"
                    : "it applies to " + (tasks.contains(TaskKind.MULTILABEL) ? "multi-label models" : "regressions")
                            + " only; limit the accuracy instead (maxAccuracyDrop, maxAucDrop)";
        };
        String model = switch (task) {
            case MULTICLASS -> "multi-class";
            case BINARY -> "binary";
            case REGRESSION -> "regression";
            case MULTILABEL -> "multi-label";
        };
        return displayName(limit) + " does not apply to a " + model + " model: " + instead;
    }

    abstract Judgement measure(Baseline base, Candidate candidate, double limit);

    /** The ratio check of {@code kind}. */
    public static CandidateCheck sizeRatio(SizeKind kind) {
        return switch (kind) {
            case WEIGHTS_GZIP -> WEIGHTS_GZIP_RATIO;
            case PACKED -> PACKED_SIZE_RATIO;
            case SAVED_MODEL -> SAVED_MODEL_RATIO;
            case SAVED_MODEL_GZIP -> SAVED_MODEL_GZIP_RATIO;
        };
    }

    /** A judgement that passes when {@code value ≤ max}, its summary reading {@code <display name>: measured <value><detail>}. */
    Judgement atMost(double max, double value, String detail, ErrorMessageFactory failure) {
        return judgement(Numbers.atMost(value, max), max, value, measured(value), detail, failure);
    }

    /** A judgement that passes when {@code value ≥ min}, its summary reading {@code <display name>: measured <value><detail>}. */
    Judgement atLeast(double min, double value, String detail, ErrorMessageFactory failure) {
        return judgement(Numbers.atLeast(value, min), min, value, measured(value), detail, failure);
    }

    /** A judgement whose summary reads {@code <display name>: measured <measured><detail>}. */
    Judgement judgement(boolean passed, double limit, double value, String measured, String detail,
            ErrorMessageFactory failure) {
        return new Judgement(passed, value, measured, displayName(limit) + ": measured " + measured + detail, failure);
    }

    private static String mseDetail(RegressionComparison regression) {
        return " (" + Numbers.significant(regression.baseline().meanSquaredError()) + " → "
                + Numbers.significant(regression.candidate().meanSquaredError()) + ", paired "
                + interval(regression.interval(), Numbers::significant) + ")";
    }

    private static String change(Baseline base, Candidate candidate) {
        return Numbers.change(base.accuracy(), candidate.accuracy());
    }

    Judgement latencyRatio(Candidate candidate, double max, int batchSize, InterleavedRatio ratio) {
        return atMost(max, ratio.ratio(), " at batch " + batchSize + " (" + interval(ratio.interval()) + ")",
                ShouldHaveLatencyRatioAtMost.shouldHaveLatencyRatioAtMost(
                        candidate.recipeName(), max, batchSize, ratio));
    }

    Judgement sizeRatio(SizeKind kind, Baseline base, Candidate candidate, double max) {
        long baselineBytes = base.size().bytes(kind);
        long candidateBytes = candidate.size().bytes(kind);
        double ratio = (double) candidateBytes / baselineBytes;
        return atMost(max, ratio, " (" + baselineBytes + " → " + candidateBytes + " " + kind.description() + ")",
                ShouldHaveSizeRatioAtMost.shouldHaveSizeRatioAtMost(
                        candidate.recipeName(), kind, max, baselineBytes, candidateBytes));
    }
}
