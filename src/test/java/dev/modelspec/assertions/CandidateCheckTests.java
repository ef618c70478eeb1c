package dev.modelspec.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.metrics.size.SizeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checks that have no tolerance of their own yet; the others are covered by the engine's MetricTests. */
class CandidateCheckTests {

    private static final Baseline BASE = StubBaseline.withAccuracy(0.8501);
    private static final StubCandidate HARSH = StubCandidate.of("harsh", 0.8501, 0.8179, 0.9, 0.95);

    @ParameterizedTest
    @EnumSource(SizeKind.class)
    void eachSizeKindHasTheRatioCheckThatMeasuresIt(SizeKind kind) {
        Judgement judgement = CandidateCheck.sizeRatio(kind).judge(BASE, HARSH, 0.4);

        assertThat(judgement.summary()).endsWith("(1000 → 500 " + kind.description() + ")");
        assertThat(judgement.passed()).isFalse();
    }

    @Test
    void batchOneLatencyRatioAtBatchOne() {
        Judgement judgement = CandidateCheck.BATCH_ONE_LATENCY_RATIO.judge(null, HARSH, 0.95);

        assertThat(judgement.passed()).isTrue();
        assertThat(judgement.summary())
                .isEqualTo("batch-one latency ratio ≤ 0.950: measured 0.9000 at batch 1 (95% CI 0.8000…1.0000)");
    }

    @Test
    void checksThatReadNoBaselineJudgeWithoutOne() {
        assertThat(CandidateCheck.values()).filteredOn(check -> !check.readsBaseline() && check.appliesTo(HARSH.task()))
                .allSatisfy(check -> assertThat(check.judge(null, HARSH, 0.5).measured()).isNotBlank());
    }
}
