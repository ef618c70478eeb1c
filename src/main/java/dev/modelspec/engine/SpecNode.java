package dev.modelspec.engine;

import dev.modelspec.api.Candidate;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.report.EntryPublisher;
import dev.modelspec.report.TestStart;
import dev.modelspec.report.allure.AllureReports;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A node of a spec's tree: carries the spec's tags and runs in the engine's single thread. */
abstract class SpecNode extends AbstractTestDescriptor implements Node<SpecContext> {

    /** The key Allure's JUnit Platform listener reads a test parameter name from. */
    static final String ALLURE_PARAMETER = "allure.parameter";

    /** Whether anyone reads {@link #ALLURE_PARAMETER} entries: only then are they published. */
    private static final boolean ALLURE_READS_PARAMETERS = AllureReports.readsParameterEntries();

    /** How much of the baseline's reason a skipped node repeats: enough to recognise it. */
    private static final int POINTER_LENGTH = 100;

    private final Set<TestTag> tags;

    SpecNode(UniqueId uniqueId, String displayName, TestSource source, Set<TestTag> tags) {
        super(uniqueId, displayName, source);
        this.tags = Set.copyOf(tags);
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }

    /** Tells the run's reports that a test starts (after the platform reported its start), then runs it. */
    @Override
    public void around(SpecContext context, Invocation<SpecContext> invocation) throws Exception {
        if (isTest()) {
            context.reports().testStarted(testStart(context));
        }
        invocation.invoke(context);
    }

    /**
     * Skips this node when its spec's baseline failed. When the baseline's node runs too, the reason
     * is a short pointer to it, e.g. {@code not run: the baseline failed (see [baseline:baseline] of
     * NoIndexSpec: baseline models/x failed to load: the SavedModel at …)}; when it was not selected,
     * the whole reason.
     */
    SkipResult skipIfTheBaselineFailed(SpecContext context) {
        return context.baseline().failureMessage().map(reason -> SkipResult.skip(baselineRuns()
                ? "not run: the baseline failed (see [%s:%s] of %s: %s)".formatted(BaselineDescriptor.SEGMENT,
                        BaselineDescriptor.VALUE, specName(), abbreviated(reason))
                : "not run: " + reason)).orElse(SkipResult.doNotSkip());
    }

    private boolean baselineRuns() {
        return getParent().stream().flatMap(spec -> spec.getChildren().stream())
                .anyMatch(BaselineDescriptor.class::isInstance);
    }

    private String specName() {
        String spec = getUniqueId().getSegments().get(1).getValue();
        return spec.substring(Math.max(spec.lastIndexOf('.'), spec.lastIndexOf('$')) + 1);
    }

    private static String abbreviated(String reason) {
        String firstLine = reason.lines().findFirst().orElse(reason);
        return firstLine.length() <= POINTER_LENGTH ? firstLine : firstLine.substring(0, POINTER_LENGTH) + "…";
    }

    /** Publishes report entries on this node. */
    EntryPublisher entries(SpecContext context) {
        return entry -> context.listener().reportingEntryPublished(this, ReportEntry.from(entry));
    }

    private TestStart testStart(SpecContext context) {
        String recipe = getUniqueId().getSegments().stream()
                .filter(segment -> segment.getType().equals(RecipeDescriptor.SEGMENT))
                .map(UniqueId.Segment::getValue)
                .findFirst()
                .orElse(BaselineDescriptor.VALUE);
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional.ofNullable(context.candidate()).flatMap(Memo::peek).map(Candidate::recipe).ifPresent(used -> {
            parameters.put("recipe", used.steps().stream().map(CompressionStep::canonicalForm)
                    .collect(Collectors.joining(" -> ")));
            parameters.put("seed", Long.toString(used.seed()));
        });
        String baseline = Optional.ofNullable(context.declaredBaseline()).map(DeclaredBaseline::location).orElse("");
        return new TestStart(getUniqueId().toString(), baseline, recipe,
                getUniqueId().getLastSegment().getValue(), parameters, entries(context));
    }

    /**
     * Publishes {@code values} as one report entry, then, when Allure's listener is on the classpath,
     * the named ones each as an Allure parameter.
     */
    void publish(SpecContext context, Map<String, String> values, String... allureParameters) {
        context.listener().reportingEntryPublished(this, ReportEntry.from(values));
        if (!ALLURE_READS_PARAMETERS) {
            return;
        }
        for (String name : allureParameters) {
            context.listener().reportingEntryPublished(this,
                    ReportEntry.from(Map.of(ALLURE_PARAMETER, name, "value", values.get(name))));
        }
    }
}
