package dev.modelspec.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Replaces {@code ${key}} in a declared path, e.g. {@code @ModelSpec(baseline = "${models}/fraud-v3")},
 * by the configuration parameter {@code key} (which JUnit looks up in the launcher's parameters, then
 * the JVM's system properties, then {@code junit-platform.properties}), else the environment variable
 * {@code key}, else the environment variable spelled in capitals with {@code _} for {@code .} and
 * {@code -} ({@code models.dir} → {@code MODELS_DIR}). {@code ${key:-fallback}} uses {@code fallback}
 * when neither is set.
 */
final class PathVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    private final Function<String, Optional<String>> parameters;
    private final Function<String, String> environment;

    PathVariables(Function<String, Optional<String>> parameters, Function<String, String> environment) {
        this.parameters = parameters;
        this.environment = environment;
    }

    /** Variables from the run's configuration parameters and this process's environment. */
    static PathVariables from(ConfigurationParameters parameters) {
        return new PathVariables(parameters::get, System::getenv);
    }

    /**
     * {@code text} with every variable replaced.
     *
     * @param declared the declaration, for the message, e.g. {@code @ModelSpec(baseline = "${models}/a") on com.acme.Spec}
     * @throws IllegalArgumentException naming the declaration and the unset key, and how to set it
     */
    String resolve(String text, String declared) {
        if (VARIABLE.matcher(text).replaceAll("").contains("${")) {
            throw new IllegalArgumentException(declared + " has a ${ without its closing }: write ${key}");
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(declared + " has an empty ${}: name a variable, e.g. ${models}");
            }
            String value = lookup(key).or(() -> Optional.ofNullable(matcher.group(2)))
                    .orElseThrow(() -> new IllegalArgumentException(unset(declared, key)));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private Optional<String> lookup(String key) {
        return parameters.apply(key)
                .or(() -> Optional.ofNullable(environment.apply(key)))
                .or(() -> Optional.ofNullable(environment.apply(environmentName(key))))
                .filter(value -> !value.isBlank());
    }

    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String unset(String declared, String key) {
        return ("%s uses ${%s}, which is not set (or blank): set the configuration parameter %s (-D%s=/path on the command line, "
                + "a %s=/path line in junit-platform.properties, or Surefire's <configurationParameters>) or the "
                + "environment variable %s, or give a fallback with ${%s:-path}")
                .formatted(declared, key, key, key, key, environmentName(key), key);
    }
}
