package dev.modelspec.engine;

import dev.modelspec.api.ModelSpec;
import dev.modelspec.data.DataProvider;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.workbench.BaselineRequest;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A baseline as a spec asks for it, combined with the run's settings: the cache key of baseline
 * results, so specs asking the same share one load and evaluation.
 */
record DeclaredBaseline(String location, Set<String> tags, String signature, Optional<String> output,
        Optional<OutputKind> outputKind,
        Optional<TaskKind> task, Class<? extends DataProvider> data, Optional<Class<? extends DataProvider>> trainingData, OptionalInt limit,
        int batchSize) {

    /** The baseline {@code spec} declares, at {@code location} (the declared one with variables replaced). */
    static DeclaredBaseline of(ModelSpec spec, String location, EngineConfiguration configuration) {
        OptionalInt limit = IntStream.of(spec.dataLimit(), configuration.evalLimit().orElse(0))
                .filter(n -> n > 0)
                .min();
        Optional<Class<? extends DataProvider>> trainingData = spec.trainingData() == DataProvider.class
                ? Optional.empty()
                : Optional.of(spec.trainingData());
        Optional<String> output = spec.output().isEmpty() ? Optional.empty() : Optional.of(spec.output());
        return new DeclaredBaseline(location, Set.of(spec.tags()), spec.signature(), output, spec.outputs().kind(),
                spec.task().kind(), spec.data(), trainingData, limit, configuration.batchSize());
    }

    /** Finds the SavedModel directory: relative to the working directory, else on the classpath. */
    BaselineRequest resolve(ClassLoader classLoader) {
        Path local = Path.of(location);
        if (Files.isDirectory(local)) {
            return request(local);
        }
        URL resource = classLoader.getResource(location);
        if (resource != null && "file".equals(resource.getProtocol())) {
            try {
                return request(Path.of(resource.toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot read classpath resource " + resource, e);
            }
        }
        if (resource != null) {
            throw new IllegalStateException("classpath resource " + resource + " is inside an archive; "
                    + "a SavedModel must be a directory, so unpack it or point baseline at a directory");
        }
        throw new IllegalStateException("no directory " + location + " under the working directory "
                + Path.of("").toAbsolutePath() + " and no classpath resource " + location
                + "; point baseline at a SavedModel directory");
    }

    private BaselineRequest request(Path savedModel) {
        return new BaselineRequest(location, savedModel.toAbsolutePath().normalize(), tags, signature, output, outputKind,
                task,
                data, trainingData, limit, batchSize);
    }
}
