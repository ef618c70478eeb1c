package dev.modelspec.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.modelspec.api.CompressionRecipe;
import dev.modelspec.api.ModelSpec;
import dev.modelspec.api.ModelTest;
import dev.modelspec.api.RecipeSearch;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves class, method and unique-id selectors into spec trees; package and classpath-root
 * selectors reach it as class selectors through the platform's class-container resolver. Each spec
 * class is read and validated once per discovery.
 *
 * <p>As in Jupiter, class-name filters ({@code --include-classname}, Surefire's includes) decide which
 * selected <em>classes</em> are specs to run; a method or unique-id selector names its spec
 * outright, so it resolves whatever the filters say.
 */
final class SpecSelectorResolver implements SelectorResolver {

    private final UniqueId engineId;
    private final Predicate<String> classNameFilter;
    private final SpecReader reader;
    private final PathVariables variables;
    private final DiscoveryIssueReporter issues;
    private final Map<Class<?>, Optional<SpecModel>> specs = new HashMap<>();

    SpecSelectorResolver(UniqueId engineId, Predicate<String> classNameFilter, DiscoveryIssueReporter issues,
            PathVariables variables) {
        this.engineId = engineId;
        this.classNameFilter = classNameFilter;
        this.reader = new SpecReader(issues);
        this.variables = variables;
        this.issues = issues;
    }

    static boolean isSpecClass(Class<?> candidate) {
        return AnnotationSupport.isAnnotated(candidate, ModelSpec.class);
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> specClass = selector.getJavaClass();
        if (!classNameFilter.test(specClass.getName())) {
            return unresolved();
        }
        return resolveSpec(specClass, context)
                .map(spec -> Resolution.match(Match.exact(spec, spec::childSelectors)))
                .orElse(unresolved());
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> specClass = selector.getJavaClass();
        Method method = selector.getJavaMethod();
        if (!isSpecClass(specClass)) {
            return unresolved();
        }
        if (AnnotationSupport.isAnnotated(method, CompressionRecipe.class)) {
            return resolvedSpec(specClass, context)
                    .map(spec -> Resolution.selectors(
                            Set.of(selectUniqueId(spec.getUniqueId().append(RecipeDescriptor.SEGMENT, method.getName())))))
                    .orElse(unresolved());
        }
        if (AnnotationSupport.isAnnotated(method, RecipeSearch.class)) {
            return resolvedSpec(specClass, context)
                    .map(spec -> Resolution.selectors(
                            Set.of(selectUniqueId(spec.getUniqueId().append(SearchDescriptor.SEGMENT, method.getName())))))
                    .orElse(unresolved());
        }
        if (AnnotationSupport.isAnnotated(method, ModelTest.class)) {
            return testInEveryRecipe(specClass, method, context);
        }
        return unresolved();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        UniqueId.Segment last = id.getLastSegment();
        return switch (last.getType()) {
            case SpecDescriptor.SEGMENT -> ReflectionSupport.tryToLoadClass(last.getValue()).toOptional()
                    .filter(SpecSelectorResolver::isSpecClass)
                    .flatMap(specClass -> resolveSpec(specClass, context))
                    .map(spec -> Resolution.match(Match.exact(spec, spec::childSelectors)))
                    .orElse(unresolved());
            case BaselineDescriptor.SEGMENT -> child(id, SpecDescriptor.class,
                    SpecDescriptor::createBaseline, context);
            case RecipeDescriptor.SEGMENT -> child(id, SpecDescriptor.class,
                    spec -> spec.createRecipe(last.getValue()), context);
            case InvalidDeclarationDescriptor.SEGMENT -> child(id, SpecDescriptor.class,
                    spec -> spec.createInvalid(last.getValue()), context);
            case SearchDescriptor.SEGMENT -> child(id, SpecDescriptor.class,
                    spec -> spec.createSearch(last.getValue()), context);
            case CheckDescriptor.SEGMENT -> child(id, RecipeDescriptor.class,
                    recipe -> recipe.createCheck(last.getValue()), context);
            case ModelTestDescriptor.SEGMENT -> child(id, RecipeDescriptor.class,
                    recipe -> recipe.createTest(last.getValue()), context);
            default -> unresolved();
        };
    }

    private Optional<SpecDescriptor> resolveSpec(Class<?> specClass, Context context) {
        if (!isSpecClass(specClass)) {
            return Optional.empty();
        }
        Optional<SpecModel> model = specs.computeIfAbsent(specClass, c -> reader.read(c).map(this::withBaselineLocation));
        return model.flatMap(spec -> context.addToParent(parent -> Optional.of(new SpecDescriptor(parent.getUniqueId(), spec))));
    }

    /** The spec with variables in its baseline replaced, or, if one is unset, made unrunnable by that problem. */
    private SpecModel withBaselineLocation(SpecModel model) {
        String declared = "@ModelSpec(baseline = \"%s\") on %s".formatted(model.spec().baseline(), model.specClass().getName());
        try {
            return model.withBaseline(variables.resolve(model.spec().baseline(), declared));
        } catch (IllegalArgumentException e) {
            ClassSource source = ClassSource.from(model.specClass());
            issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, e.getMessage()).source(source));
            return model.withClassProblem(source, e.getMessage());
        }
    }

    /**
     * The spec through the platform, so the tree holds one descriptor per unique id; by its unique
     * id, which no class-name filter applies to.
     */
    private Optional<SpecDescriptor> resolvedSpec(Class<?> specClass, Context context) {
        return context.resolve(selectUniqueId(engineId.append(SpecDescriptor.SEGMENT, specClass.getName())))
                .map(SpecDescriptor.class::cast);
    }

    private Resolution testInEveryRecipe(Class<?> specClass, Method method, Context context) {
        Set<Match> matches = resolvedSpec(specClass, context).stream()
                .flatMap(spec -> spec.recipeIds().stream())
                .map(recipeId -> child(recipeId.append(ModelTestDescriptor.SEGMENT, method.getName()),
                        RecipeDescriptor.class, recipe -> recipe.createTest(method.getName()), context))
                .flatMap(resolution -> resolution.getMatches().stream())
                .collect(Collectors.toSet());
        return matches.isEmpty() ? unresolved() : Resolution.matches(matches);
    }

    private <P extends TestDescriptor, C extends SpecNode> Resolution child(UniqueId id, Class<P> parentType,
            Function<P, Optional<C>> creator, Context context) {
        return context.addToParent(() -> selectUniqueId(id.removeLastSegment()),
                        parent -> parentType.isInstance(parent) ? creator.apply(parentType.cast(parent)) : Optional.empty())
                .map(child -> Resolution.match(Match.exact(child, () -> childSelectors(child))))
                .orElse(unresolved());
    }

    private static Set<? extends DiscoverySelector> childSelectors(SpecNode node) {
        return node instanceof RecipeDescriptor recipe ? recipe.childSelectors() : Set.of();
    }
}
