package dev.modelspec.workbench;

import static dev.modelspec.workbench.GeneratedSpecs.failed;
import static dev.modelspec.workbench.GeneratedSpecs.idEndingIn;
import static dev.modelspec.workbench.GeneratedSpecs.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.report.ReportJson;
import dev.modelspec.report.json.JsonReport;
import dev.modelspec.workbench.fixtures.SeveralInputsAndOutputsSpecs.FashionTagsSpec;
import dev.modelspec.workbench.fixtures.SeveralInputsAndOutputsSpecs.HalfBrightnessSpec;
import dev.modelspec.workbench.fixtures.SeveralInputsAndOutputsSpecs.IntTokensSpec;
import dev.modelspec.workbench.fixtures.SeveralInputsAndOutputsSpecs.TwoInputsClassLogitsSpec;
import dev.modelspec.workbench.fixtures.SeveralInputsAndOutputsSpecs.TwoOutputsUnchosenSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Models beyond one float input and one output, end to end through the engine on real generated
 * exports: two inputs fed by name with one of two outputs chosen by key, int32 token ids, a
 * multi-label model and a regression with two outputs, each with a recipe that passes and one that
 * fails on purpose.
 */
@Tag("interop")
class SeveralInputsAndOutputsInteropTest {

    @TempDir
    Path cache;

    @TempDir
    Path reports;

    private EngineExecutionResults run(Class<?> spec, String model) {
        return GeneratedSpecs.run(cache, reports, spec, model);
    }

    private JsonNode reportOf(Class<?> spec) throws IOException {
        return ReportJson.spec(ReportJson.read(reports.resolve(JsonReport.FILE_NAME)), spec);
    }

    @Test
    void twoInputsAreFedByNameAndTheOutputIsChosenByKey() throws IOException {
        EngineExecutionResults results = run(TwoInputsClassLogitsSpec.class, "keras3_two_inputs_two_outputs_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:accuracy-drop]"))
                .haveExactly(1, failed("[recipe:magnitude95]/[check:accuracy-drop]", "to stay within 0.001 accuracy"));
        JsonNode baseline = reportOf(TwoInputsClassLogitsSpec.class).get("baseline");
        assertThat(baseline.get("task").asText()).isEqualTo("multiclass");
        assertThat(baseline.get("accuracy").asDouble()).as("trained on both halves").isBetween(0.75, 0.95);
    }

    @Test
    void severalOutputsWithoutAChoiceFailTheBaselineListingThem() {
        EngineExecutionResults results = run(TwoOutputsUnchosenSpec.class, "keras3_two_inputs_two_outputs_export");

        results.testEvents().assertThatEvents().haveExactly(1, failed("[baseline:baseline]",
                "has 2 outputs [output_0 DT_FLOAT[-1, 10], output_1 DT_FLOAT[-1, 1]], and ModelSpec evaluates one: "
                        + "choose it with @ModelSpec(output = \"output_0\")"));
        results.allEvents().assertThatEvents().haveExactly(1,
                event(idEndingIn("[recipe:int8]"), skippedWithReason(r -> r.startsWith("not run: the baseline failed (see [baseline:baseline] of TwoOutputsUnchosenSpec"))));
    }

    @Test
    void tokenIdsAreFedToAnInt32Input() throws IOException {
        EngineExecutionResults results = run(IntTokensSpec.class, "keras3_int_tokens_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:accuracy-drop]"))
                .haveExactly(1, failed("[recipe:magnitude95]/[check:accuracy-drop]", "to stay within 0.001 accuracy"));
        assertThat(reportOf(IntTokensSpec.class).at("/baseline/accuracy").asDouble()).isBetween(0.5, 0.95);
    }

    @Test
    void aMultiLabelModelIsHeldToItsLabelAccuracyAndMicroF1() throws IOException {
        EngineExecutionResults results = run(FashionTagsSpec.class, "keras3_multilabel_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:label-accuracy-drop]"))
                .haveExactly(1, passed("[recipe:int8]/[check:micro-f1-drop]"))
                .haveExactly(1, failed("[recipe:magnitude95]/[check:micro-f1-drop]", "to lose at most 0.001 micro-F1"));
        JsonNode spec = reportOf(FashionTagsSpec.class);
        JsonNode baseline = spec.at("/baseline/multiLabel");
        assertThat(spec.at("/baseline/task").asText()).isEqualTo("multilabel");
        assertThat(spec.at("/baseline/accuracy").isNull()).isTrue();
        assertThat(baseline.get("labelAccuracy").asDouble()).isBetween(0.85, 0.999);
        assertThat(baseline.get("microF1").asDouble()).isBetween(0.8, 0.999);
        assertThat(baseline.get("perLabel")).hasSize(3);
        JsonNode pruned = ReportJson.candidate(spec, "magnitude95").at("/metrics/multiLabel");
        assertThat(pruned.get("microF1Drop").asDouble()).isPositive();
        assertThat(pruned.at("/microF1DropCi95/0").asDouble()).isLessThanOrEqualTo(pruned.get("microF1Drop").asDouble());
        assertThat(Files.readString(reports.resolve("summary.md"))).contains("micro-F1");
    }

    @Test
    void aRegressionWithTwoOutputsIsAveragedAcrossThemAndReportedPerOutput() throws IOException {
        EngineExecutionResults results = run(HalfBrightnessSpec.class, "keras3_two_output_regression_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:mse-increase]"))
                .haveExactly(1, failed("[recipe:magnitude90]/[check:relative-mse-increase]",
                        "to raise the mean squared error by at most 0.500 of the baseline's, but it rose by"));
        JsonNode spec = reportOf(HalfBrightnessSpec.class);
        JsonNode regression = spec.at("/baseline/regression");
        assertThat(spec.at("/baseline/task").asText()).isEqualTo("regression");
        assertThat(regression.get("outputs")).hasSize(2);
        assertThat(regression.get("mse").asDouble()).isCloseTo((regression.at("/outputs/0/mse").asDouble()
                + regression.at("/outputs/1/mse").asDouble()) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(regression.get("r2").asDouble()).isGreaterThan(0.8);
        JsonNode pruned = ReportJson.candidate(spec, "magnitude90").at("/metrics/regression/outputs");
        assertThat(pruned.get(0).get("mseIncrease").asDouble() + pruned.get(1).get("mseIncrease").asDouble()).isPositive();
    }
}
