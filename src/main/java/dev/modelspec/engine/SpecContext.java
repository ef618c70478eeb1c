package dev.modelspec.engine;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.report.CheckReport;
import dev.modelspec.report.ReportCollector;
import java.util.EnumMap;
import java.util.Map;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it runs: the listener to publish to, the session, the run's report
 * collector, and (below a spec and a recipe) lazy memoized suppliers of the baseline and candidate,
 * and the judgements of the recipe's checks as they run.
 */
record SpecContext(EngineExecutionListener listener, WorkbenchSession session, EngineConfiguration configuration,
        ReportCollector reports, DeclaredBaseline declaredBaseline, Memo<Baseline> baseline,
        Memo<Candidate> candidate, Map<Metric, CheckReport> judged) implements EngineExecutionContext {

    SpecContext(EngineExecutionListener listener, WorkbenchSession session, EngineConfiguration configuration,
            ReportCollector reports) {
        this(listener, session, configuration, reports, null, null, null, null);
    }

    SpecContext withBaseline(DeclaredBaseline declared, Memo<Baseline> memo) {
        return new SpecContext(listener, session, configuration, reports, declared, memo, null, null);
    }

    /** Below a recipe: its candidate, and no check judged yet. */
    SpecContext withCandidate(Memo<Candidate> memo) {
        return new SpecContext(listener, session, configuration, reports, declaredBaseline, baseline, memo,
                new EnumMap<>(Metric.class));
    }
}
