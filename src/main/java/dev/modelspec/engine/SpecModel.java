package dev.modelspec.engine;

import dev.modelspec.api.ModelSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;

/**
 * A validated spec class, read once at discovery: nothing here loads models or data.
 *
 * @param specClass the class annotated with {@link ModelSpec}
 * @param spec its annotation
 * @param tags its {@link dev.modelspec.api.SpecTag tags}
 * @param recipes its valid recipes, by name
 * @param tests its valid {@link dev.modelspec.api.ModelTest} methods, by name
 * @param searches its valid {@link dev.modelspec.api.RecipeSearch} methods, by name
 * @param problems its broken declarations, each becoming a failing test
 * @param runnable whether the class's own declaration is valid; if not, only the problems remain
 * @param baseline the baseline's location with {@link PathVariables} replaced
 */
record SpecModel(Class<?> specClass, ModelSpec spec, Set<TestTag> tags, List<RecipeModel> recipes,
        List<Method> tests, List<Method> searches, List<Problem> problems, boolean runnable, String baseline) {

    /** A spec whose baseline location is used as declared. */
    SpecModel(Class<?> specClass, ModelSpec spec, Set<TestTag> tags, List<RecipeModel> recipes,
            List<Method> tests, List<Method> searches, List<Problem> problems, boolean runnable) {
        this(specClass, spec, tags, recipes, tests, searches, problems, runnable, spec.baseline());
    }

    /** This spec with its baseline at {@code location}. */
    SpecModel withBaseline(String location) {
        return new SpecModel(specClass, spec, tags, recipes, tests, searches, problems, runnable, location);
    }

    /** This spec made unrunnable by a problem with the class's own declaration, reported at {@code source}. */
    SpecModel withClassProblem(TestSource source, String message) {
        List<Problem> all = new ArrayList<>(problems);
        Optional<Problem> classProblem = problems.stream()
                .filter(problem -> problem.member().equals(InvalidDeclarationDescriptor.CLASS_VALUE)).findFirst();
        classProblem.ifPresentOrElse(
                problem -> all.set(all.indexOf(problem), new Problem(problem.member(), problem.source(),
                        Stream.concat(problem.messages().stream(), Stream.of(message)).toList())),
                () -> all.add(0, new Problem(InvalidDeclarationDescriptor.CLASS_VALUE, source, List.of(message))));
        return new SpecModel(specClass, spec, tags, List.of(), List.of(), List.of(), List.copyOf(all), false, baseline);
    }

    /**
     * What is wrong with one member of the spec (or, as member {@code class}, with the class).
     *
     * @param member the broken method's name, or {@code class}
     * @param source where the problem is
     * @param messages every discovery issue reported there
     */
    record Problem(String member, TestSource source, List<String> messages) {}

    /**
     * One recipe of a spec.
     *
     * @param factory its static factory method, whose name is the recipe's name
     * @param limits the effective tolerance of each limited metric, in {@link Metric} order
     */
    record RecipeModel(Method factory, Map<Metric, Double> limits) {

        String name() {
            return factory.getName();
        }
    }
}
