package dev.modelspec.report;

import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import java.util.List;
import java.util.Optional;

/** Test aid: candidate reports of {@link StubCandidate}s against a {@link StubBaseline} of 1000 bytes. */
public final class CandidateReports {

    /** The size report of the stub baseline. */
    public static final SizeReport BASELINE_SIZE = SizeReport.of(StubBaseline.withAccuracy(0.9).size());

    private CandidateReports() {}

    /** A candidate of {@code accuracy} against a baseline's, half sparse, its latency measured or not, no checks. */
    public static CandidateReport measured(String recipe, double baselineAccuracy, double accuracy, boolean withLatency) {
        StubCandidate stub = StubCandidate.of(recipe, baselineAccuracy, accuracy, 0.5, 0.95);
        return new CandidateReport(recipe, "stub", "target/" + recipe, 1, null, CandidateMetrics.of(stub, BASELINE_SIZE,
                withLatency ? Optional.of(stub.latency()) : Optional.empty(), null, List.of()), List.of(), List.of());
    }

    /** {@code candidate} with every size measure {@code bytes}. */
    public static CandidateReport sized(CandidateReport candidate, long bytes) {
        CandidateMetrics m = candidate.metrics();
        SizeReport size = new SizeReport(bytes, bytes, bytes, bytes, 32);
        return new CandidateReport(candidate.recipe(), candidate.settings(), candidate.path(), candidate.seconds(), null,
                new CandidateMetrics(m.accuracy(), m.accuracyDelta(), m.accuracyDeltaCi95(), m.mcnemarP(), m.agreement(),
                        m.klDivergence(), m.perClassAccuracy(), m.worstClassDrop(), m.sparsity(), m.weightSparsity(),
                        m.latency(), m.latencyError(), size, SizeReduction.of(BASELINE_SIZE, size)),
                candidate.checks(), candidate.tests());
    }

    /** {@code candidate} with one check, passed or failed. */
    public static CandidateReport checked(CandidateReport candidate, boolean passed) {
        return new CandidateReport(candidate.recipe(), candidate.settings(), candidate.path(), candidate.seconds(), null,
                candidate.metrics(), List.of(new CheckReport("accuracy-drop", "accuracy drop ≤ 0.020", passed, 0.01, 0.02)),
                candidate.tests());
    }
}
