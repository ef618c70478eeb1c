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
import dev.modelspec.workbench.fixtures.BrightnessRegressionSpec;
import dev.modelspec.workbench.fixtures.FootwearBinarySpec;
import dev.modelspec.workbench.fixtures.LinearCsvData;
import dev.modelspec.workbench.fixtures.LinearRegressionCsvSpec;
import dev.modelspec.workbench.fixtures.MisfitSpecs;
import dev.modelspec.workbench.fixtures.RowTokensSpec;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Tasks beyond multi-class, end to end through the engine on real generated exports: a Keras
 * regression, a TF1 linear regression on CSV data, a one-sigmoid binary classifier and a token-id model, each with a recipe that passes
 * and one that fails on purpose; and specs that cannot be judged fail on their baseline.
 */
@Tag("interop")
class TasksInteropTest {

    private static final String POINTER = "not run: the baseline failed (see [baseline:baseline] of ";

    @TempDir
    Path cache;

    @TempDir
    Path reports;

    private EngineExecutionResults run(Class<?> spec, String... models) {
        return GeneratedSpecs.run(cache, reports, spec, models);
    }

    private JsonNode reportOf(Class<?> spec) throws IOException {
        return ReportJson.spec(ReportJson.read(reports.resolve(JsonReport.FILE_NAME)), spec);
    }

    @Test
    void aRegressionIsHeldToItsMeanSquaredError() throws IOException {
        EngineExecutionResults results = run(BrightnessRegressionSpec.class, "keras3_regression_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:mse-increase]"))
                .haveExactly(1, passed("[recipe:int8]/[check:relative-mse-increase]"))
                .haveExactly(1, passed("[recipe:int8]/[test:staysCloseInMeanSquaredError]"))
                .haveExactly(1, failed("[recipe:magnitude90]/[check:relative-mse-increase]",
                        "to raise the mean squared error by at most 0.500 of the baseline's, but it rose by"))
                .haveExactly(1, failed("[recipe:magnitude90]/[test:staysCloseInMeanSquaredError]",
                        "to raise the mean squared error by at most 0.05000, but it rose by"));
        JsonNode baseline = reportOf(BrightnessRegressionSpec.class).get("baseline");
        assertThat(baseline.get("task").asText()).isEqualTo("regression");
        assertThat(baseline.at("/regression/mse").asDouble()).isBetween(0.0, 0.1);
        assertThat(baseline.at("/regression/r2").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void aTf1LinearRegressionOnCsvDataIsHeldToItsMeanSquaredError() throws IOException {
        // x uniform in [-1, 1]³, price = 1.5 x1 − 2 x2 + 0.3 x3 + 0.25 + N(0, 0.1²): the model's own weights
        java.util.Random random = new java.util.Random(12);
        StringBuilder csv = new StringBuilder("x1,x2,x3,price\n");
        for (int i = 0; i < 400; i++) {
            double x1 = 2 * random.nextDouble() - 1, x2 = 2 * random.nextDouble() - 1, x3 = 2 * random.nextDouble() - 1;
            double price = 1.5 * x1 - 2 * x2 + 0.3 * x3 + 0.25 + 0.1 * random.nextGaussian();
            csv.append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f%n", x1, x2, x3, price));
        }
        java.nio.file.Files.createDirectories(LinearCsvData.FILE.getParent());
        java.nio.file.Files.writeString(LinearCsvData.FILE, csv);

        EngineExecutionResults results = run(LinearRegressionCsvSpec.class, "tf1_linear_regression");

        // pruning zeroes 0.3 x3: the MSE rises by 0.3² · Var(x3) = 0.09 / 3 = 0.03
        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:mse-increase]"))
                .haveExactly(1, failed("[recipe:magnitude34]/[check:mse-increase]",
                        "to raise the mean squared error by at most 0.01000, but it rose by 0.0"));
        JsonNode spec = reportOf(LinearRegressionCsvSpec.class);
        assertThat(spec.at("/baseline/task").asText()).isEqualTo("regression");
        assertThat(spec.at("/baseline/accuracy").isNull()).isTrue();
        assertThat(spec.at("/baseline/regression/mse").asDouble()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(0.003));
        JsonNode pruned = ReportJson.candidate(spec, "magnitude34").at("/metrics/regression");
        assertThat(pruned.get("mseIncrease").asDouble()).isCloseTo(0.03, org.assertj.core.api.Assertions.within(0.01));
        assertThat(pruned.at("/mseIncreaseCi95/0").asDouble()).isLessThan(pruned.get("mseIncrease").asDouble());
        assertThat(pruned.at("/mseIncreaseCi95/1").asDouble()).isGreaterThan(pruned.get("mseIncrease").asDouble());
    }

    @Test
    void aOneSigmoidClassifierIsBinaryAndHeldToItsAuc() throws IOException {
        EngineExecutionResults results = run(FootwearBinarySpec.class, "keras3_binary_sigmoid_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:accuracy-drop]"))
                .haveExactly(1, passed("[recipe:int8]/[check:auc-drop]"))
                .haveExactly(1, failed("[recipe:magnitude97]/[check:auc-drop]", "to lose at most 0.000 ROC AUC"));
        JsonNode baseline = reportOf(FootwearBinarySpec.class).get("baseline");
        assertThat(baseline.get("task").asText()).isEqualTo("binary");
        assertThat(baseline.get("accuracy").asDouble()).as("not the silent 1.0 of one class").isBetween(0.95, 0.9999);
        assertThat(baseline.at("/binary/auc").asDouble()).isGreaterThan(0.99);
    }

    @Test
    void aTokenIdModelRunsEndToEnd() {
        EngineExecutionResults results = run(RowTokensSpec.class, "keras3_embedding_export");

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:int8]/[check:accuracy-drop]"))
                .haveExactly(1, failed("[recipe:magnitude95]/[check:accuracy-drop]", "to stay within 0.001 accuracy"));
    }

    @Test
    void aToleranceThatDoesNotSuitTheTaskFailsTheBaselineAndSkipsTheRecipes() {
        EngineExecutionResults results = run(MisfitSpecs.AccuracyOnRegressionSpec.class, "keras3_regression_export");

        results.testEvents().assertThatEvents().haveExactly(1, failed("[baseline:baseline]",
                "maxAccuracyDrop = 0.02: accuracy drop ≤ 0.020 does not apply to a regression model: limit the mean "
                        + "squared error instead (maxMseIncrease, maxRelativeMseIncrease)"));
        results.allEvents().assertThatEvents().haveExactly(1,
                event(idEndingIn("[recipe:int8]"), skippedWithReason(r -> r.startsWith(POINTER + "AccuracyOnRegressionSpec: "))));
    }

    @Test
    void tenClassLabelsOnOneOutputAreAnErrorNotASilentPass() {
        EngineExecutionResults results = run(MisfitSpecs.TenClassLabelsOnOneOutputSpec.class,
                "keras3_binary_sigmoid_export");

        results.testEvents().assertThatEvents().haveExactly(1, failed("[baseline:baseline]",
                "(1 value per example) does not fit the data fashion-mnist"));
        results.allEvents().assertThatEvents().haveExactly(1,
                event(idEndingIn("[recipe:int8]"), skippedWithReason(r -> r.startsWith(POINTER + "TenClassLabelsOnOneOutputSpec: "))));
    }
}
