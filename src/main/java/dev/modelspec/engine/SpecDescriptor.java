package dev.modelspec.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.modelspec.api.Baseline;
import dev.modelspec.report.BaselineReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A {@link dev.modelspec.api.ModelSpec} class: {@code [spec:com.acme.PruneSpec]}, with a ClassSource. */
final class SpecDescriptor extends SpecNode {

    static final String SEGMENT = "spec";

    private final SpecModel model;

    SpecDescriptor(UniqueId parentId, SpecModel model) {
        super(parentId.append(SEGMENT, model.specClass().getName()), model.specClass().getSimpleName(),
                ClassSource.from(model.specClass()), model.tags());
        this.model = model;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The class's full name, which Surefire reports as the test class (as for Jupiter classes). */
    @Override
    public String getLegacyReportingName() {
        return model.specClass().getName();
    }

    Optional<BaselineDescriptor> createBaseline() {
        return model.runnable() ? Optional.of(new BaselineDescriptor(getUniqueId(), model, getTags())) : Optional.empty();
    }

    Optional<RecipeDescriptor> createRecipe(String name) {
        return model.recipes().stream()
                .filter(recipe -> recipe.name().equals(name))
                .findFirst()
                .map(recipe -> new RecipeDescriptor(getUniqueId(), model, recipe, getTags()));
    }

    Optional<SearchDescriptor> createSearch(String name) {
        return model.searches().stream()
                .filter(search -> search.getName().equals(name))
                .findFirst()
                .map(search -> new SearchDescriptor(getUniqueId(), model, search, getTags()));
    }

    Optional<InvalidDeclarationDescriptor> createInvalid(String member) {
        return model.problems().stream()
                .filter(problem -> problem.member().equals(member))
                .findFirst()
                .map(problem -> new InvalidDeclarationDescriptor(getUniqueId(), model.specClass(), problem, getTags()));
    }

    /** The unique ids of every recipe container this spec can have. */
    List<UniqueId> recipeIds() {
        return model.recipes().stream()
                .map(recipe -> getUniqueId().append(RecipeDescriptor.SEGMENT, recipe.name()))
                .toList();
    }

    /**
     * Every broken declaration, then the baseline, every recipe and every search: what selecting the
     * whole class selects.
     */
    Set<DiscoverySelector> childSelectors() {
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        model.problems().forEach(problem -> children.add(
                selectUniqueId(getUniqueId().append(InvalidDeclarationDescriptor.SEGMENT, problem.member()))));
        if (!model.runnable()) {
            return children;
        }
        children.add(selectUniqueId(getUniqueId().append(BaselineDescriptor.SEGMENT, BaselineDescriptor.VALUE)));
        recipeIds().forEach(id -> children.add(selectUniqueId(id)));
        model.searches().forEach(search ->
                children.add(selectUniqueId(getUniqueId().append(SearchDescriptor.SEGMENT, search.getName()))));
        return children;
    }

    @Override
    public SpecContext prepare(SpecContext context) {
        if (!model.runnable()) {
            return context;
        }
        DeclaredBaseline declared = DeclaredBaseline.of(model.spec(), model.baseline(), context.configuration());
        Memo<Baseline> baseline = context.session()
                .baseline(declared, model.specClass().getSimpleName(), model.specClass().getClassLoader());
        return context.withBaseline(declared, TaskFit.checked(model, baseline));
    }

    @Override
    public SpecContext before(SpecContext context) {
        if (!model.runnable()) {
            return context;
        }
        context.reports().specStarted(model.specClass().getName());
        return context;
    }

    /** Reports the spec: its baseline, or why it failed, and the candidates its recipes reported. */
    @Override
    public void after(SpecContext context) {
        if (!model.runnable() || !context.baseline().isDone()) {
            return;
        }
        BaselineReport baseline = context.baseline().peek().map(BaselineReport::of)
                .orElseGet(() -> BaselineReport.failed(model.spec().baseline(),
                        context.baseline().failureMessage().orElseThrow()));
        context.reports().specFinished(model.specClass().getName(), baseline, entries(context));
    }
}
