package dev.modelspec.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Candidate;
import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.pruning.Pruning;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCollectorTest {

    private final List<CandidateRun> reported = new ArrayList<>();
    private final ReportListener listener = new ReportListener() {
        @Override
        public void candidateReported(CandidateRun run) {
            reported.add(run);
        }
    };

    @Test
    void aLatencyMeasurementThatFailsIsReportedAsItsReasonNotThrown() {
        ReportCollector collector = new ReportCollector(LatencyMode.ALWAYS, List.of(listener), Clock.systemUTC());
        collector.specStarted("com.acme.Spec");
        collector.recipeStarted("com.acme.Spec", "magnitude50");

        collector.recipeSucceeded("com.acme.Spec", StubBaseline.withAccuracy(0.9), failingLatency("magnitude50"),
                List.of(), entry -> {});

        CandidateMetrics metrics = reported.get(0).report().metrics();
        assertThat(metrics.latency()).isNull();
        assertThat(metrics.latencyError())
                .isEqualTo("Latency at batch size 32 needs as many examples, but fashion-mnist-test has 16");
        assertThat(metrics.sizeReduction()).isEqualTo(new SizeReduction(0.5, 0.5, 0.5));
        assertThat(reported.get(0).report().passed()).as("the report does not fail the recipe").isTrue();
    }

    @Test
    void neverDoesNotMeasure() {
        ReportCollector never = new ReportCollector(LatencyMode.NEVER, List.of(listener), Clock.systemUTC());
        never.specStarted("com.acme.Spec");
        never.recipeStarted("com.acme.Spec", "magnitude50");

        never.recipeSucceeded("com.acme.Spec", StubBaseline.withAccuracy(0.9), failingLatency("magnitude50"), List.of(),
                entry -> {});

        assertThat(reported.get(0).report().metrics().latency()).isNull();
        assertThat(reported.get(0).report().metrics().latencyError()).isNull();
    }

    private static StubCandidate stub(String recipe) {
        return new StubCandidate(recipe, Recipe.prune(Pruning.magnitude().sparsity(0.5)), Path.of("target", recipe),
                0.89, 0.9, 0.5, 0.97, Map.of("dense/kernel", 0.5));
    }

    /** The stub, except that measuring its latency fails as the meter does on too few examples. */
    private static Candidate failingLatency(String recipe) {
        StubCandidate stub = stub(recipe);
        return (Candidate) Proxy.newProxyInstance(Candidate.class.getClassLoader(), new Class<?>[] {Candidate.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("latency")) {
                        throw new IllegalArgumentException(
                                "Latency at batch size 32 needs as many examples, but fashion-mnist-test has 16");
                    }
                    try {
                        return method.invoke(stub, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
