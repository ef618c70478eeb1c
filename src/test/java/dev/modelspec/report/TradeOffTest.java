package dev.modelspec.report;

import static dev.modelspec.report.CandidateReports.checked;
import static dev.modelspec.report.CandidateReports.measured;
import static dev.modelspec.report.CandidateReports.sized;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.StubBaseline;
import dev.modelspec.report.TradeOff.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeOffTest {

    private static final BaselineReport BASELINE = BaselineReport.of(StubBaseline.withAccuracy(0.90));

    @Test
    void pointsGoBySizeThenAccuracyAndTheBestIsTheSmallestThatPassed() {
        CandidateReport tiny = checked(sized(measured("tiny", 0.90, 0.70, true), 100), false);
        CandidateReport small = checked(sized(measured("small", 0.90, 0.88, true), 300), true);
        CandidateReport sameSizeWorse = checked(sized(measured("worse", 0.90, 0.86, false), 300), true);
        CandidateReport large = sized(measured("large", 0.90, 0.87, false), 600);
        CandidateReport failed = new CandidateReport("broken", null, null, 0, "recipe broken failed: x", null,
                List.of(), List.of());

        TradeOff tradeOff = TradeOff.of(BASELINE, List.of(large, failed, sameSizeWorse, tiny, small));

        assertThat(tradeOff.points()).extracting(Point::model)
                .containsExactly("tiny", "small", "worse", "large", "baseline");
        assertThat(tradeOff.points()).filteredOn(Point::frontier).extracting(Point::model)
                .as("large is beaten by small, worse by small at the same size")
                .containsExactly("tiny", "small", "baseline");
        assertThat(tradeOff.best()).as("tiny failed its check").isEqualTo("small");
        assertThat(tradeOff.points().get(0).latency()).isNotNull();
        assertThat(tradeOff.points().get(4).baseline()).isTrue();
        assertThat(tradeOff.hasCandidates()).isTrue();
        assertThat(SpecReport.of("com.acme.Spec", 1, BASELINE, List.of(large, tiny, small), List.of()).bestTradeOff())
                .isEqualTo("small");
    }

    @Test
    void noBestWhenNoCandidatePassedAndNoBaselinePointWhenItFailed() {
        CandidateReport tiny = checked(sized(measured("tiny", 0.90, 0.70, true), 100), false);

        assertThat(TradeOff.of(BASELINE, List.of(tiny)).best()).isNull();
        TradeOff withoutBaseline = TradeOff.of(BaselineReport.failed("models/x", "missing"), List.of(tiny));
        assertThat(withoutBaseline.points()).extracting(Point::model).containsExactly("tiny");
        assertThat(TradeOff.of(BASELINE, List.of()).hasCandidates()).isFalse();
    }
}
