package dev.modelspec.report;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.metrics.latency.LatencyComparison;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what one engine run measured, spec by spec, and hands it to {@link ReportListener}s:
 * tests as they start, each candidate when its recipe ends, each spec when it ends, the whole run at
 * the end. The engine calls it from its single execution thread.
 */
public final class ReportCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCollector.class);

    private final LatencyMode latencyMode;
    private final List<ReportListener> listeners;
    private final Clock clock;
    private final Instant started;
    private final Map<String, Instant> specStarts = new HashMap<>();
    private final Map<String, Instant> recipeStarts = new HashMap<>();
    private final Map<String, List<CandidateReport>> candidates = new LinkedHashMap<>();
    private final Map<String, List<SearchReport>> searches = new HashMap<>();
    private final Map<String, List<TestReport>> tests = new HashMap<>();
    private final List<SpecReport> specs = new ArrayList<>();

    /** A collector whose run starts now, reporting latency as {@code latencyMode} says. */
    public ReportCollector(LatencyMode latencyMode, List<ReportListener> listeners, Clock clock) {
        this.latencyMode = latencyMode;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.started = clock.instant();
    }

    /** The spec {@code spec} (a class name) started. */
    public void specStarted(String spec) {
        specStarts.put(spec, clock.instant());
        candidates.put(spec, new ArrayList<>());
    }

    /** A test started; see {@link ReportListener#testStarted}. */
    public void testStarted(TestStart test) {
        listeners.forEach(listener -> listener.testStarted(test));
    }

    /** The recipe {@code recipe} of {@code spec} started. */
    public void recipeStarted(String spec, String recipe) {
        recipeStarts.put(spec + "#" + recipe, clock.instant());
    }

    /**
     * The recipe produced {@code candidate}, judged by {@code checks}; measures its latency if the
     * {@link LatencyMode} asks for it. A measurement that fails is reported as the reason, not thrown:
     * the report does not fail a recipe whose checks and tests passed.
     */
    public void recipeSucceeded(String spec, Baseline baseline, Candidate candidate, List<CheckReport> checks,
            EntryPublisher entries) {
        double seconds = secondsSince(recipeStarts.remove(spec + "#" + candidate.recipeName()));
        Optional<LatencyComparison> latency = Optional.empty();
        String latencyError = null;
        try {
            latency = latencyMode.reported(candidate);
        } catch (RuntimeException e) {
            latencyError = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("Latency of {} not measured for the report: {}", candidate.recipeName(), latencyError);
            LOG.debug("Latency measurement of {} failed", candidate.recipeName(), e);
        }
        CandidateMetrics metrics = CandidateMetrics.of(candidate, SizeReport.of(baseline.size()), latency, latencyError,
                baseline.classNames().orElse(List.of()));
        CandidateReport report = new CandidateReport(candidate.recipeName(), candidate.recipe().canonicalForm(),
                candidate.savedModel().toString(), seconds, null, metrics, List.copyOf(checks),
                testsOf(spec, candidate.recipeName()));
        candidates.get(spec).add(report);
        CandidateRun run = new CandidateRun(spec, baseline, candidate, report, entries);
        listeners.forEach(listener -> listener.candidateReported(run));
    }

    /** The recipe failed with {@code error} before it produced a candidate. */
    public void recipeFailed(String spec, String recipe, String error) {
        candidates.get(spec).add(new CandidateReport(recipe, null, null,
                secondsSince(recipeStarts.remove(spec + "#" + recipe)), error, null, List.of(), testsOf(spec, recipe)));
    }

    /** A {@code @ModelTest} of {@code recipe} in {@code spec} finished. */
    public void modelTestFinished(String spec, String recipe, TestReport test) {
        tests.computeIfAbsent(spec + "#" + recipe, key -> new ArrayList<>()).add(test);
    }

    private List<TestReport> testsOf(String spec, String recipe) {
        List<TestReport> ran = tests.remove(spec + "#" + recipe);
        return ran == null ? List.of() : List.copyOf(ran);
    }

    /** A search of {@code spec} finished (whether or not it found a setting within its limit). */
    public void searchFinished(String spec, SearchReport search) {
        searches.computeIfAbsent(spec, key -> new ArrayList<>()).add(search);
    }

    /** The spec finished with {@code baseline}; hands its report to every listener. */
    public void specFinished(String spec, BaselineReport baseline, EntryPublisher entries) {
        SpecReport report = SpecReport.of(spec, secondsSince(specStarts.remove(spec)), baseline,
                List.copyOf(candidates.remove(spec)), List.copyOf(searches.getOrDefault(spec, List.of())));
        searches.remove(spec);
        specs.add(report);
        listeners.forEach(listener -> listener.specReported(report, entries));
    }

    /**
     * The run finished; hands its report to every listener unless no spec ran. A listener that
     * cannot write keeps none of the others from writing.
     *
     * @throws IOException the first listener's failure to write, the others' suppressed in it
     */
    public void runFinished() throws IOException {
        if (specs.isEmpty()) {
            return;
        }
        Instant finished = clock.instant();
        RunReport run = new RunReport(RunReport.SCHEMA, Versions.current(),
                new Timings(started.toString(), finished.toString(), seconds(started, finished)), List.copyOf(specs));
        IOException failure = null;
        for (ReportListener listener : listeners) {
            try {
                listener.runReported(run);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private double secondsSince(Instant start) {
        return seconds(start, clock.instant());
    }

    private static double seconds(Instant start, Instant end) {
        return Duration.between(start, end).toNanos() / 1e9;
    }
}
