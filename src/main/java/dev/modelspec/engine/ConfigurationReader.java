package dev.modelspec.engine;

import static dev.modelspec.engine.ModelSpecConstants.BATCH_SIZE;
import static dev.modelspec.engine.ModelSpecConstants.CACHE_DIR;
import static dev.modelspec.engine.ModelSpecConstants.EVAL_LIMIT;
import static dev.modelspec.engine.ModelSpecConstants.LATENCY;
import static dev.modelspec.engine.ModelSpecConstants.LATENCY_BATCH_SIZE;
import static dev.modelspec.engine.ModelSpecConstants.LATENCY_BUDGET;
import static dev.modelspec.engine.ModelSpecConstants.PROGRESS;
import static dev.modelspec.engine.ModelSpecConstants.REPORT_DIR;
import static dev.modelspec.engine.ModelSpecConstants.SEED;

import dev.modelspec.report.LatencyMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/** Reads {@link EngineConfiguration} once; an unreadable value is a discovery issue and the default is used. */
final class ConfigurationReader {

    private final ConfigurationParameters parameters;
    private final DiscoveryIssueReporter issues;

    ConfigurationReader(ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
        this.parameters = parameters;
        this.issues = issues;
    }

    EngineConfiguration read() {
        EngineConfiguration defaults = EngineConfiguration.defaults();
        Path cacheDir = parameters.get(CACHE_DIR).map(Path::of).orElse(defaults.cacheDir());
        Path reportDir = parameters.get(REPORT_DIR).map(Path::of).orElse(defaults.reportDir());
        OptionalInt evalLimit = positive(EVAL_LIMIT).map(OptionalInt::of).orElse(OptionalInt.empty());
        OptionalLong seed = parsed(SEED, Long::parseLong, "a whole number").map(OptionalLong::of)
                .orElse(OptionalLong.empty());
        int batchSize = positive(BATCH_SIZE).orElse(defaults.batchSize());
        LatencyMode latency = parsed(LATENCY, value -> LatencyMode.parse(value).orElseThrow(IllegalArgumentException::new),
                "auto, always or never").orElse(defaults.latency());
        ProgressMode progress = parsed(PROGRESS,
                value -> ProgressMode.parse(value).orElseThrow(IllegalArgumentException::new), "auto, quiet or verbose")
                .orElse(defaults.progress());
        Duration latencyBudget = parsed(LATENCY_BUDGET, ConfigurationReader::seconds, "a positive number of seconds")
                .orElse(defaults.latencyBudget());
        int latencyBatchSize = positive(LATENCY_BATCH_SIZE).orElse(defaults.latencyBatchSize());
        return new EngineConfiguration(cacheDir, reportDir, evalLimit, seed, batchSize, latency, latencyBudget,
                latencyBatchSize, progress);
    }

    private static Duration seconds(String value) {
        double nanos = Double.parseDouble(value) * 1e9;
        if (!(nanos >= 1) || nanos > Long.MAX_VALUE) {
            throw new NumberFormatException();
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    private Optional<Integer> positive(String key) {
        return parsed(key, value -> {
            int number = Integer.parseInt(value);
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        }, "a positive whole number");
    }

    private <T> Optional<T> parsed(String key, Function<String, T> parser, String expected) {
        Optional<String> raw = parameters.get(key).map(String::trim);
        try {
            return raw.map(parser);
        } catch (IllegalArgumentException e) {
            issues.reportIssue(DiscoveryIssue.create(Severity.WARNING,
                    "Configuration parameter %s=%s is not %s; using the default".formatted(key, raw.get(), expected)));
            return Optional.empty();
        }
    }
}
