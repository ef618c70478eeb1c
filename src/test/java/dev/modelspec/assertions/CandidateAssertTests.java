package dev.modelspec.assertions;

import static dev.modelspec.assertions.ModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.api.TaskCandidates;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.size.SizeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AutoCloseableSoftAssertions;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every assertion passing at its limit and failing word for word; every failure message is also in
 * docs/assertions.md. The candidate: accuracy 0.8501 → 0.8179 on 10,000 examples (322 regressions),
 * sparsity 0.75, agreement 0.9812, three weights, three classes (class 1 without examples).
 */
class CandidateAssertTests {

    static final Baseline BASE = StubBaseline.withAccuracy(0.8501);
    static final StubCandidate PRUNED = StubCandidate.of("magnitude80", 0.8501, 0.8179, 0.75, 0.9812)
            .withWeights(weights("conv2d/kernel", 0.5, "dense/kernel", 0.8, "dense_1/kernel", 0.7))
            .withClasses(new ClassAccuracyDrop(0, 1000, 0.9, 0.88), new ClassAccuracyDrop(1, 0, Double.NaN, Double.NaN),
                    new ClassAccuracyDrop(2, 1000, 0.65, 0.527));
    /** Five regressions, no improvement: p = 0.0625. */
    static final Candidate SLIGHTLY_WORSE = StubCandidate.of("int8", 0.8501, 0.8496, 0, 0.999);
    /** 299 improvements, no regression: significantly better. */
    static final Candidate BETTER = StubCandidate.of("finetuned", 0.8501, 0.88, 0.8, 0.95);

    private static Map<String, Double> weights(Object... nameThenSparsity) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSparsity.length; i += 2) {
            weights.put((String) nameThenSparsity[i], (Double) nameThenSparsity[i + 1]);
        }
        return weights;
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                failure("hasAccuracyAtLeast", () -> assertThat(PRUNED).hasAccuracyAtLeast(0.85),
                        "Expecting candidate \"magnitude80\" to have an accuracy of at least 0.850, but it had 0.8179"),
                failure("hasTopKAccuracyAtLeast", () -> assertThat(PRUNED).hasTopKAccuracyAtLeast(5, 0.995),
                        "Expecting candidate \"magnitude80\" to have a top-5 accuracy of at least 0.995, but it had 0.9900"),
                failure("withinAccuracyOf", () -> assertThat(PRUNED).withinAccuracyOf(BASE, 0.02),
                        "Expecting candidate \"magnitude80\" to stay within 0.020 accuracy of the baseline, but it "
                                + "dropped 0.0322 (0.8501 → 0.8179, 95% CI 0.0287…0.0357)"),
                failure("withinRelativeAccuracyOf", () -> assertThat(PRUNED).withinRelativeAccuracyOf(BASE, 0.03),
                        "Expecting candidate \"magnitude80\" to lose at most 0.030 of the baseline's accuracy, but it "
                                + "lost 0.0379 (0.8501 → 0.8179)"),
                failure("isNotSignificantlyWorseThan", () -> assertThat(PRUNED).isNotSignificantlyWorseThan(BASE),
                        "Expecting candidate \"magnitude80\" not to be significantly worse than the baseline at "
                                + "significance level 0.050, but it got 322 examples wrong that the baseline got right "
                                + "and only 0 right that the baseline got wrong (McNemar p = 2.3e-97, accuracy "
                                + "0.8501 → 0.8179)"),
                failure("isNotSignificantlyWorseThan at 0.1",
                        () -> assertThat(SLIGHTLY_WORSE).isNotSignificantlyWorseThan(BASE, 0.1),
                        "Expecting candidate \"int8\" not to be significantly worse than the baseline at "
                                + "significance level 0.100, but it got 5 examples wrong that the baseline got right "
                                + "and only 0 right that the baseline got wrong (McNemar p = 0.0625, accuracy "
                                + "0.8501 → 0.8496)"),
                failure("hasClassAccuracyDropAtMost", () -> assertThat(PRUNED).hasClassAccuracyDropAtMost(0.05),
                        "Expecting candidate \"magnitude80\" to lose at most 0.050 accuracy on every class, but class 2 "
                                + "dropped 0.1230 (0.6500 → 0.5270 on 1000 examples)"),
                failure("classAccuracy.droppedAtMost", () -> assertThat(PRUNED).classAccuracy(2).droppedAtMost(0.1),
                        "Expecting candidate \"magnitude80\" to lose at most 0.100 accuracy on class 2, but it dropped "
                                + "0.1230 (0.6500 → 0.5270 on 1000 examples)"),
                failure("classAccuracy of a class without examples",
                        () -> assertThat(PRUNED).classAccuracy(1).droppedAtMost(0.1),
                        "Expecting candidate \"magnitude80\" to have been evaluated on class 1, but the data has no "
                                + "examples of it"),
                failure("classAccuracy of an unknown class", () -> assertThat(PRUNED).classAccuracy(3).droppedAtMost(0.1),
                        "Expecting candidate \"magnitude80\" to have been evaluated on class 3, but its classes are "
                                + "0 to 2"),
                failure("agreesAtLeast", () -> assertThat(PRUNED).agreesAtLeast(0.99),
                        "Expecting candidate \"magnitude80\" to predict the baseline's class on at least 0.990 of the "
                                + "examples, but it did on 0.9812"),
                failure("hasKlDivergenceAtMost", () -> assertThat(PRUNED).hasKlDivergenceAtMost(0.01),
                        "Expecting candidate \"magnitude80\" to have a mean KL divergence from the baseline of at most "
                                + "0.010 nats, but it had 0.0188 nats"),
                failure("hasSparsityAtLeast", () -> assertThat(PRUNED).hasSparsityAtLeast(0.79),
                        "Expecting candidate \"magnitude80\" to have a sparsity of at least 0.790, but it had 0.7500"),
                failure("hasEveryWeightSparsityAtLeast", () -> assertThat(PRUNED).hasEveryWeightSparsityAtLeast(0.75),
                        "Expecting every prunable weight of candidate \"magnitude80\" to have a sparsity of at least "
                                + "0.750, but \"conv2d/kernel\" had 0.5000 (weights below: 2 of 3)"),
                failure("hasEveryWeightSparsityAtLeast without weights",
                        () -> assertThat(PRUNED.withWeights(Map.of())).hasEveryWeightSparsityAtLeast(0.75),
                        "Expecting every prunable weight of candidate \"magnitude80\" to have a sparsity of at least "
                                + "0.750, but it has no prunable weights"),
                failure("weight.hasSparsityAtLeast", () -> assertThat(PRUNED).weight("conv2d/kernel").hasSparsityAtLeast(0.6),
                        "Expecting weight \"conv2d/kernel\" of candidate \"magnitude80\" to have a sparsity of at least "
                                + "0.600, but it had 0.5000"),
                failure("weight.hasSparsityAtMost", () -> assertThat(PRUNED).weight("dense/kernel").hasSparsityAtMost(0),
                        "Expecting weight \"dense/kernel\" of candidate \"magnitude80\" to have a sparsity of at most "
                                + "0.000, but it had 0.8000"),
                failure("weight that does not exist", () -> assertThat(PRUNED).weight("conv/kernel").hasSparsityAtMost(0),
                        "Expecting candidate \"magnitude80\" to have a prunable weight \"conv/kernel\", but its "
                                + "prunable weights are [\"conv2d/kernel\", \"dense/kernel\", \"dense_1/kernel\"]"),
                failure("hasSizeRatioAtMost",
                        () -> assertThat(PRUNED).hasSizeRatioAtMost(BASE, SizeKind.WEIGHTS_GZIP, 0.4),
                        "Expecting candidate \"magnitude80\" to have at most 0.400 of the baseline's serving weights "
                                + "gzip bytes, but it had 0.5000 (1000 → 500)"),
                failure("hasLatencyRatioAtMost", () -> assertThat(PRUNED).hasLatencyRatioAtMost(0.8),
                        "Expecting candidate \"magnitude80\" to take at most 0.800 of the baseline's time per batch of "
                                + "32, but it took 0.9000 (95% CI 0.8000…1.0000, median of 3 interleaved pairs)"),
                failure("hasBatchOneLatencyRatioAtMost", () -> assertThat(PRUNED).hasBatchOneLatencyRatioAtMost(0.85),
                        "Expecting candidate \"magnitude80\" to take at most 0.850 of the baseline's time per batch of "
                                + "1, but it took 0.9000 (95% CI 0.8000…1.0000, median of 3 interleaved pairs)"),
                failure("hasBatchOneLatencyPercentileAtMost",
                        () -> assertThat(PRUNED).hasBatchOneLatencyPercentileAtMost(99, Duration.ofMillis(1)),
                        "Expecting candidate \"magnitude80\" to answer a batch of 1 within 1.000 ms at p99, but its p99 "
                                + "was 1.0972 ms (baseline 1.1980 ms, 3 samples)"),
                failure("hasLabelAccuracyDropAtMost",
                        () -> assertThat(TaskCandidates.multiLabel("harsh")).hasLabelAccuracyDropAtMost(0.05),
                        "Expecting candidate \"harsh\" to lose at most 0.050 label accuracy, but it lost 0.1000 "
                                + "(1.0000 → 0.9000, paired 95% CI 0.0650…0.1400)"),
                failure("hasMicroF1DropAtMost", () -> assertThat(TaskCandidates.multiLabel("harsh")).hasMicroF1DropAtMost(0.05),
                        "Expecting candidate \"harsh\" to lose at most 0.050 micro-F1, but it lost 0.1429 "
                                + "(1.0000 → 0.8571, paired 95% CI 0.0909…0.2031)"),
                failure("baseline hasAccuracyAtLeast", () -> assertThat(BASE).hasAccuracyAtLeast(0.9),
                        "Expecting baseline \"models/x\" to have an accuracy of at least 0.900, but it had 0.8501"),
                failure("baseline hasTopKAccuracyAtLeast", () -> assertThat(BASE).hasTopKAccuracyAtLeast(3, 0.995),
                        "Expecting baseline \"models/x\" to have a top-3 accuracy of at least 0.995, but it had 0.9900"));
    }

    private static Arguments failure(String name, ThrowingCallable assertion, String message) {
        return Arguments.of(name, assertion, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWordForWord(String name, ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isExactlyInstanceOf(AssertionError.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void isDocumentedWordForWord(String name, ThrowingCallable assertion, String message) throws IOException {
        assertThat(Files.readString(Path.of("docs/assertions.md"))).contains(message);
    }

    @Nested
    class Passes {

        @Test
        void atEachLimitItMeetsExactly() {
            assertThat(PRUNED).hasAccuracyAtLeast(0.8179)
                    .hasTopKAccuracyAtLeast(5, 0.99)
                    .withinAccuracyOf(BASE, 0.0322)
                    .withinRelativeAccuracyOf(BASE, 0.0379)
                    .hasClassAccuracyDropAtMost(0.123)
                    .agreesAtLeast(0.9812)
                    .hasKlDivergenceAtMost(0.0188)
                    .hasSparsityAtLeast(0.75)
                    .hasEveryWeightSparsityAtLeast(0.5)
                    .hasSizeRatioAtMost(BASE, SizeKind.SAVED_MODEL, 0.5)
                    .hasLatencyRatioAtMost(0.9)
                    .hasBatchOneLatencyRatioAtMost(0.9)
                    .hasBatchOneLatencyPercentileAtMost(50, Duration.ofNanos(960_000));
            assertThat(BASE).hasAccuracyAtLeast(0.8501).hasTopKAccuracyAtLeast(5, 0.99);
        }

        @Test
        void throughNavigationBackToTheCandidate() {
            assertThat(PRUNED).weight("conv2d/kernel").hasSparsityAtLeast(0.5).hasSparsityAtMost(0.5)
                    .returnToCandidate().classAccuracy(0).droppedAtMost(0.02)
                    .returnToCandidate().classAccuracy(2).droppedAtMost(0.123)
                    .returnToCandidate().hasSparsityAtLeast(0.75);
        }

        @Test
        void whenTheLossIsNotSignificantOrTheCandidateIsSignificantlyBetter() {
            assertThat(SLIGHTLY_WORSE).isNotSignificantlyWorseThan(BASE);
            assertThat(BETTER).isNotSignificantlyWorseThan(BASE, 0.5).withinAccuracyOf(BASE, 0);
        }

        @Test
        void aLimitOnEverySizeKind() {
            for (SizeKind kind : SizeKind.values()) {
                assertThat(PRUNED).hasSizeRatioAtMost(BASE, kind, 0.5);
                assertThatThrownBy(() -> assertThat(PRUNED).hasSizeRatioAtMost(BASE, kind, 0.49))
                        .hasMessageContaining("of the baseline's " + kind.description() + ", but it had 0.5000");
            }
        }
    }

    @Nested
    class Fails {

        @Test
        void withTheDescriptionFirstAlsoThroughNavigation() {
            assertThatThrownBy(() -> assertThat(PRUNED).as("pruned CNN").hasSparsityAtLeast(0.79)).hasMessage(
                    "[pruned CNN] Expecting candidate \"magnitude80\" to have a sparsity of at least 0.790, "
                            + "but it had 0.7500");
            assertThatThrownBy(() -> assertThat(PRUNED).as("pruned CNN").classAccuracy(2).droppedAtMost(0.1))
                    .hasMessageStartingWith("[pruned CNN] Expecting candidate \"magnitude80\" to lose at most 0.100");
        }

        @Test
        void onANullCandidate() {
            assertThatThrownBy(() -> assertThat((Candidate) null).weight("dense/kernel").hasSparsityAtLeast(0.5))
                    .hasMessageContaining("Expecting actual not to be null");
        }
    }

    @Nested
    class Softly {

        private static final String ACCURACY = "Expecting candidate \"magnitude80\" to stay within 0.020 accuracy of "
                + "the baseline, but it dropped 0.0322 (0.8501 → 0.8179, 95% CI 0.0287…0.0357)";
        private static final String SPARSITY = "Expecting candidate \"magnitude80\" to have a sparsity of at least "
                + "0.790, but it had 0.7500";
        private static final String WEIGHT = "Expecting weight \"conv2d/kernel\" of candidate \"magnitude80\" to have "
                + "a sparsity of at least 0.600, but it had 0.5000";
        private static final String CLASS = "Expecting candidate \"magnitude80\" to lose at most 0.100 accuracy on "
                + "class 2, but it dropped 0.1230 (0.6500 → 0.5270 on 1000 examples)";

        /** Soft assertion errors add a line with the assertion's location. */
        private static String firstLine(Throwable error) {
            return error.getMessage().lines().findFirst().orElseThrow();
        }

        @Test
        void collectingEveryFailureThroughAssertJsProxy() {
            SoftAssertions softly = new SoftAssertions();

            softly.proxy(CandidateAssert.class, Candidate.class, PRUNED).withinAccuracyOf(BASE, 0.02)
                    .hasSparsityAtLeast(0.79).agreesAtLeast(0.98);

            assertThat(softly.errorsCollected()).extracting(Softly::firstLine).containsExactly(ACCURACY, SPARSITY);
        }

        @Test
        void collectingFailuresOfNavigatedWeightsAndClassesToo() {
            ModelSoftAssertions softly = new ModelSoftAssertions();

            softly.assertThat(PRUNED).weight("conv2d/kernel").hasSparsityAtLeast(0.6).hasSparsityAtMost(0.5)
                    .returnToCandidate().classAccuracy(2).droppedAtMost(0.1)
                    .returnToCandidate().hasSparsityAtLeast(0.79);

            assertThat(softly.errorsCollected()).extracting(Softly::firstLine).containsExactly(WEIGHT, CLASS, SPARSITY);
            assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).allSatisfy(message -> assertThat(message)
                    .contains("at CandidateAssertTests$Softly.collectingFailuresOfNavigatedWeightsAndClassesToo("));
        }

        @Test
        void reportingThemTogetherAtTheEndOfATryWithResourcesBlock() {
            assertThatThrownBy(() -> {
                try (ModelSoftAssertions softly = new ModelSoftAssertions()) {
                    softly.assertThat(PRUNED).withinAccuracyOf(BASE, 0.02).hasSparsityAtLeast(0.79);
                    softly.assertThat(BASE).hasAccuracyAtLeast(0.85);
                }
            }).hasMessageContainingAll(ACCURACY, SPARSITY);
        }

        @Test
        void besideAssertJsOwnAssertionsInACustomSoftAssertionsClass() {
            class MixedSoftAssertions extends AutoCloseableSoftAssertions implements ModelSoftAssertionsProvider {}
            MixedSoftAssertions softly = new MixedSoftAssertions();

            softly.assertThat(PRUNED).hasSparsityAtLeast(0.79);
            softly.assertThat(PRUNED.recipeName()).isEqualTo("magnitude80");
            softly.assertThat(BASE).hasAccuracyAtLeast(0.85);

            assertThat(softly.errorsCollected()).extracting(Softly::firstLine).containsExactly(SPARSITY);
        }

        @Test
        void withNothingCollectedWhenEverythingPasses() {
            ModelSoftAssertions softly = new ModelSoftAssertions();

            softly.assertThat(PRUNED).withinAccuracyOf(BASE, 0.04).weight("dense/kernel").hasSparsityAtLeast(0.8)
                    .returnToCandidate().classAccuracy(0).droppedAtMost(0.05);

            softly.assertAll();
            assertThat(softly.wasSuccess()).isTrue();
        }
    }

    @Nested
    @ExtendWith(SoftAssertionsExtension.class)
    class InjectedByAssertJsExtension {

        @InjectSoftAssertions
        private ModelSoftAssertions softly;

        @Test
        void collectingIntoTheInjectedInstance() {
            softly.assertThat(PRUNED).hasSparsityAtLeast(0.75).weight("dense/kernel").hasSparsityAtLeast(0.8);

            assertThat(softly.wasSuccess()).isTrue();
            assertThat(softly.errorsCollected()).isEmpty();
        }
    }

    @Nested
    class Rejects {

        @Test
        void fractionsOutsideZeroToOne() {
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).withinAccuracyOf(BASE, -0.01))
                    .withMessage("maxDrop must be a fraction in [0, 1], but was -0.01");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).hasSparsityAtLeast(Double.NaN))
                    .withMessage("minSparsity must be a fraction in [0, 1], but was NaN");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).agreesAtLeast(1.5))
                    .withMessage("minAgreement must be a fraction in [0, 1], but was 1.5");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).weight("dense/kernel").hasSparsityAtMost(-0.5))
                    .withMessage("maxSparsity must be a fraction in [0, 1], but was -0.5");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).classAccuracy(0).droppedAtMost(Double.POSITIVE_INFINITY))
                    .withMessage("maxDrop must be a fraction in [0, 1], but was Infinity");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(BASE).hasAccuracyAtLeast(2))
                    .withMessage("minAccuracy must be a fraction in [0, 1], but was 2.0");
        }

        @Test
        void significanceLevelsOutsideZeroToOneExclusive() {
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).isNotSignificantlyWorseThan(BASE, 0))
                    .withMessage("alpha must be a significance level in (0, 1), but was 0.0");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).isNotSignificantlyWorseThan(BASE, 1))
                    .withMessage("alpha must be a significance level in (0, 1), but was 1.0");
        }

        @Test
        void negativeOrInfiniteDivergencesAndRatios() {
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).hasKlDivergenceAtMost(-1))
                    .withMessage("max must be a finite number ≥ 0, but was -1.0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).hasKlDivergenceAtMost(Double.POSITIVE_INFINITY))
                    .withMessage("max must be a finite number ≥ 0, but was Infinity");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).hasSizeRatioAtMost(BASE, SizeKind.PACKED, 0))
                    .withMessage("maxRatio must be a finite ratio > 0, but was 0.0");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).hasLatencyRatioAtMost(Double.NaN))
                    .withMessage("maxRatio must be a finite ratio > 0, but was NaN");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).hasBatchOneLatencyRatioAtMost(Double.POSITIVE_INFINITY))
                    .withMessage("maxRatio must be a finite ratio > 0, but was Infinity");
        }

        @Test
        void percentilesDurationsClassesAndKOutOfRange() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).hasBatchOneLatencyPercentileAtMost(101, Duration.ofMillis(1)))
                    .withMessage("percentile must be a percentile in [0, 100], but was 101.0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(PRUNED).hasBatchOneLatencyPercentileAtMost(99, Duration.ZERO))
                    .withMessage("max must be a positive duration, but was PT0S");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).classAccuracy(-1))
                    .withMessage("cls must be a class index ≥ 0, but was -1");
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(PRUNED).hasTopKAccuracyAtLeast(0, 0.5))
                    .withMessage("k must be at least 1, but was 0");
        }

        @Test
        void nullBaselinesKindsNamesAndDurations() {
            assertThatNullPointerException().isThrownBy(() -> assertThat(PRUNED).withinAccuracyOf(null, 0.02))
                    .withMessage("baseline must not be null");
            assertThatNullPointerException().isThrownBy(() -> assertThat(PRUNED).isNotSignificantlyWorseThan(null))
                    .withMessage("baseline must not be null");
            assertThatNullPointerException().isThrownBy(() -> assertThat(PRUNED).hasSizeRatioAtMost(BASE, null, 0.5))
                    .withMessage("kind must not be null");
            assertThatNullPointerException().isThrownBy(() -> assertThat(PRUNED).weight(null))
                    .withMessage("name must not be null");
            assertThatNullPointerException()
                    .isThrownBy(() -> assertThat(PRUNED).hasBatchOneLatencyPercentileAtMost(99, null))
                    .withMessage("max must not be null");
        }
    }
}
