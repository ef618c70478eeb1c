package dev.modelspec.engine;

import static dev.modelspec.assertions.error.Numbers.limit;

import dev.modelspec.assertions.Judgement;
import dev.modelspec.report.CheckReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * One tolerance of one recipe, {@code [check:accuracy-drop]}, named after its limit (e.g. {@code
 * accuracy drop ≤ 0.020}) and sourced at the recipe's factory method. Publishes the measured
 * sentence; fails with the words {@link dev.modelspec.assertions.CandidateAssert} uses.
 */
final class CheckDescriptor extends SpecNode {

    static final String SEGMENT = "check";

    private final Metric metric;
    private final double limit;

    CheckDescriptor(RecipeDescriptor recipe, Metric metric, double limit) {
        super(recipe.getUniqueId().append(SEGMENT, metric.id()), metric.displayName(limit), sourceOf(recipe, metric),
                recipe.getTags());
        this.metric = metric;
        this.limit = limit;
    }

    /**
     * The recipe's factory method, with the check id where parameter types go: IDEs navigate to the
     * recipe by class and method name, and Surefire, seeing a "parameterized" source, names the test
     * by its {@link #getLegacyReportingName() legacy name}, so every check of a recipe is a test of
     * its own in the XML and in the summary (with the bare method name they were merged as reruns).
     */
    private static MethodSource sourceOf(RecipeDescriptor recipe, Metric metric) {
        MethodSource factory = recipe.methodSource();
        return MethodSource.from(factory.getClassName(), factory.getMethodName(), metric.id());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** {@code magnitude80 accuracy drop ≤ 0.020}: the recipe and the limit. */
    @Override
    public String getLegacyReportingName() {
        return recipeName() + " " + getDisplayName();
    }

    private String recipeName() {
        return getUniqueId().removeLastSegment().getLastSegment().getValue();
    }

    @Override
    public SkipResult shouldBeSkipped(SpecContext context) {
        return context.candidate().failureMessage().map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }

    @Override
    public SpecContext execute(SpecContext context, DynamicTestExecutor dynamicTestExecutor) {
        Judgement judgement = metric.judge(context.baseline().get(), context.candidate().get(), limit);
        context.judged().put(metric,
                new CheckReport(metric.id(), getDisplayName(), judgement.passed(), judgement.value(), limit));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("check", judgement.summary());
        values.put("measured", judgement.measured());
        values.put("limit", limit(limit));
        publish(context, values, "measured", "limit");
        context.session().verdict(recipeName(), judgement.summary(), judgement.passed());
        if (!judgement.passed()) {
            throw new AssertionFailedError(judgement.failure().create());
        }
        return context;
    }
}
