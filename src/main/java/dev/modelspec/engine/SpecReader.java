package dev.modelspec.engine;


import dev.modelspec.api.CompressionRecipe;
import dev.modelspec.api.ModelSpec;
import dev.modelspec.api.ModelTest;
import dev.modelspec.api.RecipeSearch;
import dev.modelspec.api.SpecTag;
import dev.modelspec.api.Tolerance;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reads and validates a {@link ModelSpec} class. Every mistake becomes a {@link Severity#WARNING}
 * discovery issue naming the class or member, the value and the fix; the broken part is left out
 * and the rest of the run goes on.
 */
final class SpecReader {

    private final DiscoveryIssueReporter issues;
    private final SpecMethods methods;
    private Map<TestSource, List<String>> problems = new LinkedHashMap<>();

    SpecReader(DiscoveryIssueReporter issues) {
        this.issues = issues;
        this.methods = new SpecMethods(issues);
    }

    /**
     * The spec in {@code specClass}: its valid parts, and a {@link SpecModel.Problem} for each broken
     * one (a class whose own declaration is broken keeps only its problems).
     */
    Optional<SpecModel> read(Class<?> specClass) {
        problems = new LinkedHashMap<>();
        ModelSpec spec = specClass.getAnnotation(ModelSpec.class);
        ClassSource source = ClassSource.from(specClass);
        boolean valid = SpecRules.checkBaseline(spec, specClass, issueAt(source))
                & SpecRules.checkData(spec, specClass, issueAt(source));
        Optional<Map<Metric, Double>> classLimits = limits(specClass.getAnnotation(Tolerance.class),
                ExplicitAttributes.onClass(specClass, Tolerance.class), "class " + specClass.getName(), source,
                new EnumMap<>(Metric.class));
        List<SpecModel.RecipeModel> recipes = new ArrayList<>();
        for (Method declared : methods.annotated(specClass, CompressionRecipe.class)) {
            Method factory = methods.resolve(specClass, declared);
            MethodSource at = MethodSource.from(specClass, factory);
            if (SpecRules.checkRecipe(factory, issueAt(at))) {
                limits(declared.getAnnotation(Tolerance.class), ExplicitAttributes.onMethod(declared, Tolerance.class),
                        "method " + SpecRules.name(declared), at, classLimits.orElse(Map.of()))
                        .ifPresent(limits -> recipes.add(new SpecModel.RecipeModel(factory, limits)));
            }
        }
        List<Method> tests = methods.annotated(specClass, ModelTest.class).stream()
                .map(declared -> methods.resolve(specClass, declared))
                .filter(method -> SpecRules.checkTest(method, issueAt(MethodSource.from(specClass, method))))
                .toList();
        if (valid && classLimits.isPresent() && tests.isEmpty()) {
            recipes.removeIf(recipe -> !SpecRules.checkChecked(recipe.factory(), recipe.limits().isEmpty(),
                    issueAt(MethodSource.from(specClass, recipe.factory()))));
        }
        List<Method> searches = methods.annotated(specClass, RecipeSearch.class).stream()
                .map(declared -> methods.resolve(specClass, declared))
                .filter(method -> SpecRules.checkSearch(method, issueAt(MethodSource.from(specClass, method))))
                .toList();
        Set<TestTag> tags = tags(specClass, source);
        Map<String, SpecModel.Problem> byMember = new LinkedHashMap<>();
        problems.forEach((where, messages) -> byMember.merge(member(where),
                new SpecModel.Problem(member(where), where, List.copyOf(messages)),
                (first, more) -> new SpecModel.Problem(first.member(), first.source(),
                        java.util.stream.Stream.concat(first.messages().stream(), more.messages().stream()).toList())));
        List<SpecModel.Problem> found = List.copyOf(byMember.values());
        if (!valid || classLimits.isEmpty()) {
            return Optional.of(new SpecModel(specClass, spec, tags, List.of(), List.of(), List.of(), found, false));
        }
        return Optional.of(new SpecModel(specClass, spec, tags, List.copyOf(recipes), tests, searches, found, true));
    }

    private Optional<Map<Metric, Double>> limits(Tolerance tolerance, Set<String> explicit, String where,
            TestSource source, Map<Metric, Double> inherited) {
        Map<Metric, Double> limits = new EnumMap<>(Metric.class);
        limits.putAll(inherited);
        if (tolerance == null) {
            return Optional.of(limits);
        }
        boolean valid = true;
        for (Metric metric : Metric.values()) {
            double value = metric.limitIn(tolerance);
            if (Double.isNaN(value)) {
                valid &= !explicit.contains(metric.attribute())
                        || SpecRules.checkLimit(metric, value, where, issueAt(source));
                continue;
            }
            valid &= SpecRules.checkLimit(metric, value, where, issueAt(source));
            limits.put(metric, value);
        }
        return valid ? Optional.of(limits) : Optional.empty();
    }

    private Set<TestTag> tags(Class<?> specClass, ClassSource source) {
        SpecTag specTag = specClass.getAnnotation(SpecTag.class);
        if (specTag == null) {
            return Set.of();
        }
        Set<TestTag> tags = new LinkedHashSet<>();
        for (String tag : specTag.value()) {
            if (TestTag.isValid(tag)) {
                tags.add(TestTag.create(tag));
            } else {
                report(source, "@SpecTag(\"%s\") on %s is not a valid tag: tags must not be blank or contain "
                        .formatted(tag, specClass.getName()) + "whitespace, ISO control characters or any of "
                        + TestTag.RESERVED_CHARACTERS + "; it is ignored");
            }
        }
        return tags;
    }

    private SpecRules.Issues issueAt(TestSource source) {
        return message -> {
            report(source, message);
            problems.computeIfAbsent(source, key -> new ArrayList<>()).add(message);
        };
    }

    private static String member(TestSource source) {
        return source instanceof MethodSource method ? method.getMethodName() : InvalidDeclarationDescriptor.CLASS_VALUE;
    }

    private void report(TestSource source, String message) {
        issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, message).source(source));
    }
}
