package dev.modelspec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.api.TaskCandidates;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.api.Tolerance;
import dev.modelspec.assertions.CandidateAssert;
import dev.modelspec.assertions.Judgement;
import dev.modelspec.assertions.ModelAssertions;
import dev.modelspec.metrics.size.SizeKind;
import java.lang.reflect.Proxy;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every tolerance check judges and words a failure exactly like its {@link CandidateAssert}
 * assertion, and summarises its measurement in one sentence.
 */
class MetricTests {

    private static final Baseline BASE = StubBaseline.withAccuracy(0.8501);
    /** 322 regressions, sparsity 0.9, agreement 0.95 (KL 0.05), sizes 0.5 and latency 0.9 of the baseline's. */
    private static final StubCandidate HARSH = StubCandidate.of("harsh", 0.8501, 0.8179, 0.9, 0.95);
    /** AUC 0.95 → 0.90. */
    private static final Candidate BINARY = TaskCandidates.binary("harsh", 0.95, 0.90);
    /** MSE 0.25 → 0.75. */
    private static final Candidate REGRESSION = TaskCandidates.regression("harsh");
    /** Label accuracy 1.0000 → 0.9000. */
    private static final Candidate MULTILABEL = TaskCandidates.multiLabel("harsh");

    /** Each metric's assertion and a limit the candidate fails. */
    private static final Map<Metric, Assertion> ASSERTIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(Metric.ACCURACY_DROP, new Assertion((a, max) -> a.withinAccuracyOf(BASE, max), 0.02)),
            Map.entry(Metric.RELATIVE_ACCURACY_DROP, new Assertion((a, max) -> a.withinRelativeAccuracyOf(BASE, max), 0.03)),
            Map.entry(Metric.CLASS_ACCURACY_DROP, new Assertion(CandidateAssert::hasClassAccuracyDropAtMost, 0.02)),
            Map.entry(Metric.NOT_SIGNIFICANTLY_WORSE,
                    new Assertion((a, alpha) -> a.isNotSignificantlyWorseThan(BASE, alpha), 0.05)),
            Map.entry(Metric.SPARSITY, new Assertion(CandidateAssert::hasSparsityAtLeast, 0.95)),
            Map.entry(Metric.AGREEMENT, new Assertion(CandidateAssert::agreesAtLeast, 0.99)),
            Map.entry(Metric.KL_DIVERGENCE, new Assertion(CandidateAssert::hasKlDivergenceAtMost, 0.03)),
            Map.entry(Metric.LATENCY_RATIO, new Assertion(CandidateAssert::hasLatencyRatioAtMost, 0.8)),
            Map.entry(Metric.WEIGHTS_GZIP_RATIO, size(SizeKind.WEIGHTS_GZIP)),
            Map.entry(Metric.PACKED_SIZE_RATIO, size(SizeKind.PACKED)),
            Map.entry(Metric.SAVED_MODEL_RATIO, size(SizeKind.SAVED_MODEL)),
            Map.entry(Metric.SAVED_MODEL_GZIP_RATIO, size(SizeKind.SAVED_MODEL_GZIP)),
            Map.entry(Metric.AUC_DROP, new Assertion(CandidateAssert::hasAucDropAtMost, 0.01, BINARY)),
            Map.entry(Metric.MSE_INCREASE, new Assertion(CandidateAssert::hasMseIncreaseAtMost, 0.1, REGRESSION)),
            Map.entry(Metric.RELATIVE_MSE_INCREASE,
                    new Assertion(CandidateAssert::hasRelativeMseIncreaseAtMost, 1.5, REGRESSION)),
            Map.entry(Metric.LABEL_ACCURACY_DROP,
                    new Assertion(CandidateAssert::hasLabelAccuracyDropAtMost, 0.05, MULTILABEL)),
            Map.entry(Metric.MICRO_F1_DROP, new Assertion(CandidateAssert::hasMicroF1DropAtMost, 0.05, MULTILABEL))));

    private record Assertion(ObjDoubleConsumer<CandidateAssert> check, double failingLimit, Candidate candidate) {
        Assertion(ObjDoubleConsumer<CandidateAssert> check, double failingLimit) {
            this(check, failingLimit, HARSH);
        }
    }

    private static Assertion size(SizeKind kind) {
        return new Assertion((a, max) -> a.hasSizeRatioAtMost(BASE, kind, max), 0.4);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void failsInTheWordsOfItsAssertion(Metric metric) {
        Assertion assertion = ASSERTIONS.get(metric);

        Judgement outcome = metric.judge(BASE, assertion.candidate(), assertion.failingLimit());
        Throwable assertionError = catchThrowable(() -> assertion.check()
                .accept(ModelAssertions.assertThat(assertion.candidate()), assertion.failingLimit()));

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.failure().create()).isEqualTo(assertionError.getMessage());
    }

    @Test
    void summarisesEachMeasurementInOneSentence() {
        assertThat(summary(Metric.ACCURACY_DROP)).isEqualTo("accuracy drop ≤ 0.020: measured 0.0322 (0.8501 → 0.8179)");
        assertThat(summary(Metric.RELATIVE_ACCURACY_DROP))
                .isEqualTo("relative accuracy drop ≤ 0.030: measured 0.0379 (0.8501 → 0.8179)");
        assertThat(summary(Metric.CLASS_ACCURACY_DROP))
                .isEqualTo("class accuracy drop ≤ 0.020: measured 0.0322 on class 0 (0.8501 → 0.8179)");
        assertThat(summary(Metric.NOT_SIGNIFICANTLY_WORSE))
                .isEqualTo("not significantly worse at α = 0.050: measured p = 2.3e-97 (322 regressions, 0 improvements)");
        assertThat(summary(Metric.SPARSITY)).isEqualTo("sparsity ≥ 0.950: measured 0.9000");
        assertThat(summary(Metric.AGREEMENT)).isEqualTo("agreement ≥ 0.990: measured 0.9500");
        assertThat(summary(Metric.KL_DIVERGENCE)).isEqualTo("KL divergence ≤ 0.030: measured 0.0500 nats");
        assertThat(summary(Metric.LATENCY_RATIO))
                .isEqualTo("latency ratio ≤ 0.800: measured 0.9000 at batch 32 (95% CI 0.8000…1.0000)");
        assertThat(summary(Metric.WEIGHTS_GZIP_RATIO))
                .isEqualTo("weights gzip ratio ≤ 0.400: measured 0.5000 (1000 → 500 serving weights gzip bytes)");
        assertThat(summary(Metric.PACKED_SIZE_RATIO))
                .isEqualTo("packed size ratio ≤ 0.400: measured 0.5000 (1000 → 500 packed estimate bytes)");
        assertThat(summary(Metric.SAVED_MODEL_RATIO))
                .isEqualTo("SavedModel size ratio ≤ 0.400: measured 0.5000 (1000 → 500 SavedModel bytes)");
        assertThat(summary(Metric.SAVED_MODEL_GZIP_RATIO))
                .isEqualTo("SavedModel gzip ratio ≤ 0.400: measured 0.5000 (1000 → 500 SavedModel tar.gz bytes)");
    }

    @Test
    void summarisesTheMeasurementsOfBinaryModelsAndRegressions() {
        assertThat(summary(Metric.AUC_DROP)).isEqualTo("AUC drop ≤ 0.010: measured 0.0500 (0.9500 → 0.9000)");
        assertThat(summary(Metric.MSE_INCREASE)).isEqualTo("MSE increase ≤ 0.1000: measured 0.5000 (0.2500 → 0.7500, paired 95% CI 0.3200…0.6800)");
        assertThat(summary(Metric.RELATIVE_MSE_INCREASE))
                .isEqualTo("relative MSE increase ≤ 1.500: measured 2.0000 (0.2500 → 0.7500, paired 95% CI 0.3200…0.6800)");
    }

    @Test
    void summarisesTheMeasurementsOfMultiLabelModels() {
        assertThat(summary(Metric.LABEL_ACCURACY_DROP))
                .isEqualTo("label accuracy drop ≤ 0.050: measured 0.1000 (1.0000 → 0.9000)");
        assertThat(summary(Metric.MICRO_F1_DROP)).isEqualTo("micro-F1 drop ≤ 0.050: measured 0.1429 (1.0000 → 0.8571)");
        assertThat(Metric.LABEL_ACCURACY_DROP.judge(BASE, MULTILABEL, 0.05).failure().create())
                .isEqualTo("Expecting candidate \"harsh\" to lose at most 0.050 label accuracy, but it lost 0.1000 "
                        + "(1.0000 → 0.9000, paired 95% CI 0.0650…0.1400)");
        assertThat(Metric.MICRO_F1_DROP.judge(BASE, MULTILABEL, 0.05).failure().create())
                .isEqualTo("Expecting candidate \"harsh\" to lose at most 0.050 micro-F1, but it lost 0.1429 "
                        + "(1.0000 → 0.8571, paired 95% CI 0.0909…0.2031)");
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void refusesToMeasureAModelOfAnotherTask(Metric metric) {
        Candidate otherTask = metric.appliesTo(TaskKind.REGRESSION) ? BINARY : REGRESSION;
        boolean appliesToEveryTask = metric.appliesTo(TaskKind.REGRESSION) && metric.appliesTo(TaskKind.BINARY)
                && metric.appliesTo(TaskKind.MULTICLASS);
        org.junit.jupiter.api.Assumptions.assumeFalse(appliesToEveryTask, "sizes, sparsity and latency suit any model");

        Throwable refusal = catchThrowable(() -> metric.judge(BASE, otherTask, 0.5));

        assertThat(refusal).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(metric.displayName(0.5) + " does not apply to a ")
                .hasMessageContaining("instead (max");
    }

    private static String summary(Metric metric) {
        Assertion assertion = ASSERTIONS.get(metric);
        return metric.judge(BASE, assertion.candidate(), assertion.failingLimit()).summary();
    }

    @Test
    void passingNotSignificantlyWorseWhenSignificantlyBetter() {
        StubCandidate better = StubCandidate.of("finetuned", 0.8501, 0.88, 0.8, 0.95);

        Judgement outcome = Metric.NOT_SIGNIFICANTLY_WORSE.judge(BASE, better, 0.05);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.summary()).isEqualTo(
                "not significantly worse at α = 0.050: measured p = 2.0e-90 (0 regressions, 299 improvements)");
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void readsItsLimitFromTheToleranceAttributeItNames(Metric metric) {
        Tolerance onlyThisOne = (Tolerance) Proxy.newProxyInstance(Tolerance.class.getClassLoader(),
                new Class<?>[] {Tolerance.class},
                (proxy, method, args) -> method.getName().equals(metric.attribute()) ? 0.5 : Double.NaN);

        assertThat(metric.limitIn(onlyThisOne)).isEqualTo(0.5);
        assertThat(metric.id()).matches("[a-z]+(-[a-z0-9]+)*");
    }

    @Test
    void limitRangesThatTheEngineAndTheAssertionsShare() {
        assertThat(Metric.values()).allSatisfy(metric -> assertThat(metric.range().contains(Double.NaN)).isFalse());
        assertThat(Metric.LATENCY_RATIO.range().contains(1.5)).isTrue();
        assertThat(Metric.KL_DIVERGENCE.range().contains(2)).isTrue();
        assertThat(Metric.NOT_SIGNIFICANTLY_WORSE.range().contains(1)).isFalse();
        assertThat(Metric.CLASS_ACCURACY_DROP.range().contains(1.01)).isFalse();
    }
}
