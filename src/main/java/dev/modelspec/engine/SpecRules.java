package dev.modelspec.engine;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.api.ModelSpec;
import dev.modelspec.data.DataProvider;
import dev.modelspec.data.LabeledData;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.search.CompressionSearch;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;

/** The rules a spec's declarations must follow; each check reports what is wrong and how to fix it. */
final class SpecRules {

    /** The types a {@link dev.modelspec.api.ModelTest} parameter may have. */
    static final List<Class<?>> INJECTABLE = List.of(Candidate.class, Baseline.class, LabeledData.class);

    /** Where a rule reports a broken declaration. */
    @FunctionalInterface
    interface Issues {
        void report(String message);
    }

    private SpecRules() {}

    static boolean checkBaseline(ModelSpec spec, Class<?> specClass, Issues issues) {
        if (!spec.baseline().isBlank()) {
            return true;
        }
        issues.report(("@ModelSpec(baseline = \"%s\") on %s names no SavedModel: set baseline to a SavedModel "
                + "directory relative to the working directory or on the classpath, e.g. baseline = \"models/my-model\"")
                .formatted(spec.baseline(), specClass.getName()));
        return false;
    }

    static boolean checkData(ModelSpec spec, Class<?> specClass, Issues issues) {
        if (spec.trainingData() != DataProvider.class && !checkProvider("trainingData", spec.trainingData(), specClass, issues)) {
            return false;
        }
        if (!checkProvider("data", spec.data(), specClass, issues)) {
            return false;
        }
        if (spec.dataLimit() < 0) {
            issues.report("@ModelSpec(dataLimit = %d) on %s is negative: use 0 for all examples or a positive limit"
                    .formatted(spec.dataLimit(), specClass.getName()));
            return false;
        }
        return true;
    }

    private static boolean checkProvider(String attribute, Class<?> data, Class<?> specClass, Issues issues) {
        String declared = "@ModelSpec(%s = %s.class) on %s".formatted(attribute, data.getSimpleName(), specClass.getName());
        if (data.isInterface() || Modifier.isAbstract(data.getModifiers())) {
            issues.report(declared + " is abstract: point data at a concrete DataProvider class");
            return false;
        }
        boolean hasPublicNoArgConstructor = Modifier.isPublic(data.getModifiers()) && Arrays.stream(data.getConstructors())
                .anyMatch(constructor -> constructor.getParameterCount() == 0);
        if (!hasPublicNoArgConstructor) {
            issues.report(declared + " cannot be created: " + data.getName()
                    + " needs to be public with a public no-argument constructor; add one");
            return false;
        }
        return true;
    }

    /**
     * Whether {@code value} may limit {@code metric}; otherwise reports, e.g. {@code @Tolerance(minSparsity =
     * 1.5) on class com.acme.Spec is out of range: minSparsity must be a fraction in [0, 1], e.g. 0.05 for 5%}.
     *
     * @param where the declaration, e.g. {@code class com.acme.Spec} or {@code method com.acme.Spec.magnitude80()}
     */
    static boolean checkLimit(Metric metric, double value, String where, Issues issues) {
        if (metric.range().contains(value)) {
            return true;
        }
        if (Double.isNaN(value)) {
            issues.report("@Tolerance(%s = NaN) on %s is not a number: %s must be %s, e.g. %s; leave it out to set no limit"
                    .formatted(metric.attribute(), where, metric.attribute(), metric.range().rule(),
                            metric.range().example()));
            return false;
        }
        issues.report("@Tolerance(%s = %s) on %s is out of range: %s must be %s, e.g. %s".formatted(metric.attribute(),
                value, where, metric.attribute(), metric.range().rule(), metric.range().example()));
        return false;
    }

    /**
     * Whether something checks the candidate of {@code recipe}: a limit or a {@code @ModelTest}; a
     * recipe that nothing checks would not even appear in the run.
     */
    static boolean checkChecked(Method recipe, boolean unlimited, Issues issues) {
        if (!unlimited) {
            return true;
        }
        issues.report(("@CompressionRecipe method %s has no @Tolerance limit (nor has its class) and the spec no "
                + "@ModelTest, so nothing would check its candidate; add a limit, e.g. @Tolerance(maxAccuracyDrop = "
                + "0.01), or a @ModelTest method").formatted(name(recipe)));
        return false;
    }

    static boolean checkRecipe(Method method, Issues issues) {
        return checkFactory(method, "@CompressionRecipe", Recipe.class, issues);
    }

    static boolean checkSearch(Method method, Issues issues) {
        return checkFactory(method, "@RecipeSearch", CompressionSearch.class, issues);
    }

    private static boolean checkFactory(Method method, String annotation, Class<?> product, Issues issues) {
        String fix = "; declare it as 'static " + product.getSimpleName() + " " + method.getName() + "()'";
        String subject = annotation + " method " + name(method);
        boolean valid = true;
        if (!Modifier.isStatic(method.getModifiers())) {
            issues.report(subject + " must be static" + fix);
            valid = false;
        }
        if (method.getParameterCount() > 0) {
            issues.report(subject + " must not declare parameters" + fix);
            valid = false;
        }
        if (!product.equals(method.getReturnType())) {
            issues.report(subject + " must return " + product.getName() + ", not "
                    + method.getReturnType().getName() + fix);
            valid = false;
        }
        return valid;
    }

    static boolean checkTest(Method method, Issues issues) {
        boolean valid = true;
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (!INJECTABLE.contains(types[i])) {
                issues.report("@ModelTest method %s declares parameter %d of unsupported type %s; supported types are %s"
                        .formatted(name(method), i, types[i].getName(),
                                INJECTABLE.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))));
                valid = false;
            }
        }
        Class<?> specClass = method.getDeclaringClass();
        if (!Modifier.isStatic(method.getModifiers())
                && (Modifier.isAbstract(specClass.getModifiers()) || !hasNoArgConstructor(specClass))) {
            issues.report("@ModelTest method %s is not static, so %s needs a no-argument constructor and must not be "
                    .formatted(name(method), specClass.getName()) + "abstract; add one or make the method static");
            valid = false;
        }
        return valid;
    }

    /** {@code com.acme.Spec.method(Type, Type)}. */
    static String name(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static boolean hasNoArgConstructor(Class<?> specClass) {
        return Arrays.stream(specClass.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
    }

    /** Creates a spec instance for an instance method; {@code null} for a static one. */
    static Object instanceFor(Method method) {
        return Modifier.isStatic(method.getModifiers()) ? null : ReflectionSupport.newInstance(method.getDeclaringClass());
    }
}
