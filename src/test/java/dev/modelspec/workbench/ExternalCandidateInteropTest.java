package dev.modelspec.workbench;

import static dev.modelspec.workbench.GeneratedSpecs.failed;
import static dev.modelspec.workbench.GeneratedSpecs.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.report.ReportJson;
import dev.modelspec.report.json.JsonReport;
import dev.modelspec.workbench.fixtures.ChainedStudentSpec;
import dev.modelspec.workbench.fixtures.NarrowStudentSpec;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * An external candidate of another graph than the baseline's, end to end through the engine: a
 * narrower Keras student is evaluated, sized and gated as it is, and int8 after it quantizes its own
 * variables, whether the chain starts from the student's directory or from its cached copy.
 */
@Tag("interop")
class ExternalCandidateInteropTest {

    @TempDir
    Path cache;

    @TempDir
    Path reports;

    @TempDir
    Path freshCache;

    private EngineExecutionResults run(Path cacheDirectory, Class<?> spec) {
        System.setProperty(NarrowStudentSpec.DIRECTORY, GeneratedModels.get("keras3_narrow_mlp_export").directory().toString());
        try {
            return GeneratedSpecs.run(cacheDirectory, reports, spec, "keras3_mlp_export");
        } finally {
            System.clearProperty(NarrowStudentSpec.DIRECTORY);
        }
    }

    private JsonNode candidate(Class<?> spec, String recipe) throws IOException {
        return ReportJson.candidate(ReportJson.spec(ReportJson.read(reports.resolve(JsonReport.FILE_NAME)), spec), recipe);
    }

    @Test
    void aStudentOfAnotherGraphIsGatedAsItIsAndStepsAfterItEditItsOwnVariables() throws IOException {
        EngineExecutionResults results = run(cache, NarrowStudentSpec.class);

        results.testEvents().assertThatEvents().haveExactly(1, passed("[baseline:baseline]"))
                .haveExactly(1, passed("[recipe:student16]/[check:accuracy-drop]"))
                .haveExactly(1, passed("[recipe:student16]/[check:weights-gzip-ratio]"))
                .haveExactly(1, failed("[recipe:agreeing]/[check:agreement]", "agree"))
                .haveExactly(1, passed("[recipe:int8AfterStudent]/[check:accuracy-drop]"));
        JsonNode student = candidate(NarrowStudentSpec.class, "student16");
        assertThat(student.get("path").asText()).as("the copy of the student is what ran").endsWith("/shipped");
        assertThat(student.at("/metrics/weightSparsity").has("narrow/kernel")).as("its own variables").isTrue();
        assertThat(student.at("/metrics/sparsity").asDouble()).isZero();
        JsonNode continued = candidate(NarrowStudentSpec.class, "int8AfterStudent");
        assertThat(continued.at("/metrics/size/weightsGzipBytes").asLong())
                .isLessThan(student.at("/metrics/size/weightsGzipBytes").asLong());

        run(freshCache, ChainedStudentSpec.class).testEvents().assertThatEvents()
                .haveExactly(1, passed("[recipe:int8AfterStudent]/[check:accuracy-drop]"));
        JsonNode chained = candidate(ChainedStudentSpec.class, "int8AfterStudent");
        assertThat(chained.at("/metrics/accuracy").asDouble()).as("a chain from the directory = one from the cached copy")
                .isEqualTo(continued.at("/metrics/accuracy").asDouble());
        assertThat(chained.at("/metrics/size/weightsGzipBytes").asLong())
                .isEqualTo(continued.at("/metrics/size/weightsGzipBytes").asLong());
    }
}
