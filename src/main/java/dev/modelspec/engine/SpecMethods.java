package dev.modelspec.engine;

import static org.junit.platform.commons.support.HierarchyTraversalMode.TOP_DOWN;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * A spec's annotated methods as Java resolves them on the spec class: a subclass's method of the
 * same signature hides a static one and overrides an instance one, and runs in its place.
 */
final class SpecMethods {

    private final DiscoveryIssueReporter issues;

    SpecMethods(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    /**
     * The methods of {@code specClass} and its superclasses annotated with {@code type}, by name; of
     * methods with one signature only the most specific, as Java resolves a call on {@code specClass}.
     */
    List<Method> annotated(Class<?> specClass, Class<? extends Annotation> type) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        ReflectionSupport.findMethods(specClass, m -> AnnotationSupport.isAnnotated(m, type), TOP_DOWN)
                .forEach(method -> bySignature.put(method.getName() + Arrays.toString(method.getParameterTypes()), method));
        return bySignature.values().stream().sorted(Comparator.comparing(Method::getName)).toList();
    }

    /**
     * The method Java runs for {@code declared} on {@code specClass}: a subclass's method of the same
     * signature hides a static one and overrides an instance one. Says so, as an info discovery
     * issue, whenever a method of that signature is redeclared.
     */
    Method resolve(Class<?> specClass, Method declared) {
        Method factory = declared;
        for (Class<?> type = specClass; type != declared.getDeclaringClass(); type = type.getSuperclass()) {
            Optional<Method> redeclared = declaredIn(type, declared);
            if (redeclared.isPresent()) {
                factory = redeclared.get();
                break;
            }
        }
        Optional<Method> base = Optional.empty();
        for (Class<?> type = factory.getDeclaringClass().getSuperclass(); type != null && base.isEmpty();
                type = type.getSuperclass()) {
            base = declaredIn(type, declared);
        }
        if (base.isPresent()) {
            String runs = factory == declared ? SpecRules.name(factory)
                    : SpecRules.name(factory) + " with the annotations of " + SpecRules.name(declared);
            issues.reportIssue(DiscoveryIssue.builder(Severity.INFO, "%s is redeclared by %s, which %s it: the spec runs %s"
                    .formatted(SpecRules.name(base.get()), SpecRules.name(factory),
                            Modifier.isStatic(factory.getModifiers()) ? "hides" : "overrides", runs))
                    .source(MethodSource.from(specClass, factory)));
        }
        return factory;
    }

    private static Optional<Method> declaredIn(Class<?> type, Method like) {
        try {
            return Optional.of(type.getDeclaredMethod(like.getName(), like.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
