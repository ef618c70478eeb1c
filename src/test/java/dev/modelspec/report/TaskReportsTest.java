package dev.modelspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.TaskCandidates;
import dev.modelspec.report.text.SummaryTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What reports say of binary, regression and multi-label models. */
class TaskReportsTest {

    private static CandidateMetrics metricsOf(dev.modelspec.api.Candidate candidate) {
        return CandidateMetrics.of(candidate, CandidateReports.BASELINE_SIZE, Optional.empty(), null, List.of());
    }

    @Test
    void aRegressionReportsItsErrorsAndNoClassificationMeasures() {
        CandidateMetrics metrics = metricsOf(TaskCandidates.regression("int8"));

        assertThat(metrics.accuracy()).isNull();
        assertThat(metrics.accuracyDelta()).isNull();
        assertThat(metrics.agreement()).isNull();
        assertThat(metrics.worstClassDrop()).isNull();
        assertThat(metrics.perClassAccuracy()).isEmpty();
        assertThat(metrics.binary()).isNull();
        assertThat(metrics.regression().mse()).isCloseTo(0.75, within(1e-9));
        assertThat(metrics.regression().mseIncrease()).isCloseTo(0.5, within(1e-9));
        assertThat(metrics.regression().relativeMseIncrease()).isCloseTo(2.0, within(1e-9));
        assertThat(metrics.regression().mseIncreaseCi95()).containsExactly(0.32, 0.68);
    }

    @Test
    void theBaselineOfARegressionHasATaskErrorsAndNoAccuracy() {
        BaselineReport baseline = BaselineReport.of(TaskCandidates.regressionBaseline());

        assertThat(baseline.task()).isEqualTo("regression");
        assertThat(baseline.accuracy()).isNull();
        assertThat(baseline.binary()).isNull();
        assertThat(baseline.regression().mse()).isCloseTo(0.25, within(1e-9));
        assertThat(baseline.regression().mseIncrease()).isNull();
        assertThat(BaselineReport.of(StubBaseline.withAccuracy(0.9)).task()).isEqualTo("multiclass");
    }

    @Test
    void aBinaryCandidateReportsItsAucBesideTheAccuracy() {
        CandidateMetrics metrics = metricsOf(TaskCandidates.binary("int8", 0.95, 0.90));

        assertThat(metrics.binary().auc()).isEqualTo(0.90);
        assertThat(metrics.accuracy()).isEqualTo(0.84);
        assertThat(metrics.regression()).isNull();
    }

    @Test
    void theConsoleTableShowsTheMseOfARegressionWhereAccuracyWouldBe() {
        CandidateReport int8 = new CandidateReport("int8", "int8", "target/int8", 1, null,
                metricsOf(TaskCandidates.regression("int8")), List.of(), List.of());
        SpecReport spec = SpecReport.of("com.acme.PriceSpec", 1, BaselineReport.of(TaskCandidates.regressionBaseline()),
                List.of(int8), List.of());

        SummaryTable table = SummaryTable.of(spec);

        assertThat(table.header().subList(0, 3)).containsExactly("model", "MSE", "Δ MSE");
        assertThat(table.rows().get(0).subList(0, 3)).containsExactly("baseline", "0.2500", "");
        assertThat(table.rows().get(1).subList(0, 3)).containsExactly("int8", "0.7500", "+0.5000");
        assertThat(spec.tradeOff().hasCandidates()).as("no accuracy to trade against size").isFalse();
    }

    @Test
    void aMultiLabelModelReportsItsLabelMeasuresAndTheirDrops() {
        CandidateMetrics metrics = metricsOf(TaskCandidates.multiLabel("int8"));
        BaselineReport baseline = BaselineReport.of(TaskCandidates.multiLabelBaseline());

        assertThat(metrics.accuracy()).isNull();
        assertThat(metrics.regression()).isNull();
        assertThat(metrics.multiLabel().labelAccuracy()).isCloseTo(0.9, within(1e-9));
        assertThat(metrics.multiLabel().labelAccuracyDrop()).isCloseTo(0.1, within(1e-9));
        assertThat(metrics.multiLabel().microF1DropCi95()).hasSize(2);
        assertThat(metrics.multiLabel().perLabel()).hasSize(2);
        assertThat(baseline.task()).isEqualTo("multilabel");
        assertThat(baseline.accuracy()).isNull();
        assertThat(baseline.multiLabel().microF1()).isEqualTo(1.0);
        assertThat(baseline.multiLabel().microF1Drop()).isNull();
    }

    @Test
    void theConsoleTableShowsTheMicroF1OfAMultiLabelModelWhereAccuracyWouldBe() {
        CandidateReport int8 = new CandidateReport("int8", "int8", "target/int8", 1, null,
                metricsOf(TaskCandidates.multiLabel("int8")), List.of(), List.of());
        SpecReport spec = SpecReport.of("com.acme.TagsSpec", 1, BaselineReport.of(TaskCandidates.multiLabelBaseline()),
                List.of(int8), List.of());

        SummaryTable table = SummaryTable.of(spec);

        assertThat(table.header().subList(0, 3)).containsExactly("model", "micro-F1", "Δ micro-F1");
        assertThat(table.rows().get(0).subList(0, 3)).containsExactly("baseline", "1.0000", "");
        assertThat(table.rows().get(1).subList(0, 3)).containsExactly("int8", "0.8571", "-0.1429");
    }
}
