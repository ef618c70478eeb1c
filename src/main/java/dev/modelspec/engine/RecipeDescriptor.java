package dev.modelspec.engine;

import static dev.modelspec.assertions.error.Numbers.measured;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.report.CheckReport;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One recipe of a spec, {@code [recipe:magnitude80]}, sourced at its factory method. Computes the
 * candidate once in {@link #before}; if that fails the children are skipped with the reason and this
 * container fails with it.
 */
final class RecipeDescriptor extends SpecNode {

    static final String SEGMENT = "recipe";

    private final SpecModel model;
    private final SpecModel.RecipeModel recipe;

    RecipeDescriptor(UniqueId specId, SpecModel model, SpecModel.RecipeModel recipe, Set<TestTag> tags) {
        super(specId.append(SEGMENT, recipe.name()), recipe.name(),
                MethodSource.from(model.specClass(), recipe.factory()), tags);
        this.model = model;
        this.recipe = recipe;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    Optional<CheckDescriptor> createCheck(String metricId) {
        return recipe.limits().entrySet().stream()
                .filter(limit -> limit.getKey().id().equals(metricId))
                .findFirst()
                .map(limit -> new CheckDescriptor(this, limit.getKey(), limit.getValue()));
    }

    Optional<ModelTestDescriptor> createTest(String methodName) {
        return model.tests().stream()
                .filter(test -> test.getName().equals(methodName))
                .findFirst()
                .map(test -> new ModelTestDescriptor(getUniqueId(), model.specClass(), test, getTags()));
    }

    /** Every check, then every test: what selecting the whole recipe selects. */
    Set<DiscoverySelector> childSelectors() {
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        recipe.limits().keySet().forEach(metric ->
                children.add(selectUniqueId(getUniqueId().append(CheckDescriptor.SEGMENT, metric.id()))));
        model.tests().forEach(test ->
                children.add(selectUniqueId(getUniqueId().append(ModelTestDescriptor.SEGMENT, test.getName()))));
        return children;
    }

    MethodSource methodSource() {
        return (MethodSource) getSource().orElseThrow();
    }

    @Override
    public SkipResult shouldBeSkipped(SpecContext context) {
        return skipIfTheBaselineFailed(context);
    }

    @Override
    public SpecContext before(SpecContext context) {
        context.reports().recipeStarted(model.specClass().getName(), recipe.name());
        String asker = model.specClass().getSimpleName();
        Memo<Candidate> candidate = new Memo<>(() -> context.session()
                .candidate(context.declaredBaseline(), context.baseline(), asker, recipe.name(), createRecipe())
                .get(), "recipe " + recipe.name() + " failed: ");
        candidate.failureMessage();
        return context.withCandidate(candidate);
    }

    @Override
    public SpecContext execute(SpecContext context, DynamicTestExecutor dynamicTestExecutor) {
        context.candidate().peek().ifPresent(candidate -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("recipe", candidate.recipe().canonicalForm());
            values.put("accuracy", measured(candidate.accuracy()));
            values.put("sparsity", measured(candidate.sparsity()));
            values.put("agreement", measured(candidate.agreement()));
            values.put("savedModel", candidate.savedModel().toString());
            publish(context, values);
        });
        return context;
    }

    @Override
    public void after(SpecContext context) {
        report(context);
        context.candidate().get();
    }

    /** Reports the candidate with the judgement of every check that ran, or why the recipe failed. */
    private void report(SpecContext context) {
        String spec = model.specClass().getName();
        Optional<Candidate> candidate = context.candidate().peek();
        if (candidate.isEmpty()) {
            context.reports().recipeFailed(spec, recipe.name(), context.candidate().failureMessage().orElseThrow());
            return;
        }
        Baseline baseline = context.baseline().get();
        List<CheckReport> checks = List.copyOf(context.judged().values());
        context.reports().recipeSucceeded(spec, baseline, candidate.get(), checks, entries(context));
    }

    private Recipe createRecipe() {
        Object created = ReflectionSupport.invokeMethod(recipe.factory(), null);
        if (created == null) {
            throw new IllegalStateException(
                    "@CompressionRecipe method " + SpecRules.name(recipe.factory()) + " returned null; return a Recipe");
        }
        return (Recipe) created;
    }
}
