package dev.modelspec.engine;

import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;

import dev.modelspec.api.Baseline;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.search.CompressionSearch;
import dev.modelspec.recipe.search.SearchPoint;
import dev.modelspec.recipe.search.SearchResult;
import dev.modelspec.report.SearchReport;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * One {@link dev.modelspec.api.RecipeSearch} of a spec, {@code [search:sparsity]}: bisects over
 * one-shot candidates of its recipe, each computed (and cached) like a recipe's, and publishes every
 * point tried and the result. Fails when even the mildest setting exceeds the limit.
 */
final class SearchDescriptor extends SpecNode {

    static final String SEGMENT = "search";

    private final SpecModel model;
    private final Method factory;

    SearchDescriptor(UniqueId specId, SpecModel model, Method factory, Set<TestTag> tags) {
        super(specId.append(SEGMENT, factory.getName()), "search " + factory.getName(),
                MethodSource.from(model.specClass(), factory), tags);
        this.model = model;
        this.factory = factory;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SkipResult shouldBeSkipped(SpecContext context) {
        return skipIfTheBaselineFailed(context);
    }

    @Override
    public SpecContext execute(SpecContext context, DynamicTestExecutor dynamicTestExecutor) {
        CompressionSearch search = createSearch();
        Baseline baseline = context.baseline().get();
        String asker = model.specClass().getSimpleName();
        int[] probes = {0};
        SearchResult result = search.run(recipe -> probe(context, asker, ++probes[0], recipe), baseline.accuracy());
        context.reports().searchFinished(model.specClass().getName(), SearchReport.of(factory.getName(), result));
        for (SearchPoint point : result.frontier()) {
            publish(context, Map.of("point", describe(search, point)));
            context.session().note(factory.getName(), describe(search, point));
        }
        if (result.best().isEmpty()) {
            SearchPoint mildest = result.tried().get(result.tried().size() - 1);
            context.session().verdict(factory.getName(), "no " + search.setting() + " within the limit: "
                    + describe(search, mildest), false);
            throw new AssertionFailedError(String.format(Locale.ROOT,
                    "Expecting search \"%s\" to find a %s within %s accuracy of the baseline, but even the mildest, %s, "
                            + "dropped %s (%s → %s)", factory.getName(), search.setting(), limit(search.maxAccuracyDrop()),
                    setting(mildest), measured(mildest.accuracyDrop()), measured(baseline.accuracy()),
                    measured(mildest.accuracy())));
        }
        SearchPoint best = result.best().get();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("search", search.toString());
        values.put("best", setting(best));
        values.put("accuracy", measured(best.accuracy()));
        values.put("recipe", best.recipe().canonicalForm());
        values.put("points", Integer.toString(result.tried().size()));
        publish(context, values, "best", "accuracy", "points");
        context.session().verdict(factory.getName(), "best " + describe(search, best), true);
        return context;
    }

    private double probe(SpecContext context, String asker, int number, Recipe recipe) {
        return context.session()
                .candidate(context.declaredBaseline(), context.baseline(), asker, factory.getName() + " probe " + number,
                        recipe)
                .get()
                .accuracy();
    }

    private static String describe(CompressionSearch search, SearchPoint point) {
        return String.format(Locale.ROOT, "%s %s: accuracy %s, drop %s %s %s", search.setting(), setting(point),
                measured(point.accuracy()), measured(point.accuracyDrop()), point.withinLimit() ? "≤" : ">",
                limit(search.maxAccuracyDrop()));
    }

    private static String setting(SearchPoint point) {
        double value = point.setting();
        return value == Math.rint(value) && Math.abs(value) >= 1 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private CompressionSearch createSearch() {
        Object created = ReflectionSupport.invokeMethod(factory, null);
        if (created == null) {
            throw new IllegalStateException(
                    "@RecipeSearch method " + SpecRules.name(factory) + " returned null; return a CompressionSearch");
        }
        return (CompressionSearch) created;
    }
}
