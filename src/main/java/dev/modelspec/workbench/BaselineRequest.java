package dev.modelspec.workbench;

import dev.modelspec.data.DataProvider;
import java.nio.file.Path;
import java.util.Objects;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a {@link Workbench} loads and evaluates as a baseline. Equal requests give equal baselines,
 * so the engine evaluates each request once per run.
 *
 * @param name the baseline as declared, e.g. {@code models/fashion-cnn-small}
 * @param savedModel the resolved SavedModel directory
 * @param tags the SavedModel tag set
 * @param signature the signature to evaluate
 * @param output the key of the signature output to evaluate; empty for its only output
 * @param outputKind whether the output is logits or probabilities, if declared (else detected)
 * @param task what the model predicts, if declared (else detected)
 * @param data the evaluation data's provider
 * @param trainingData the training data's provider, for recipes that fine-tune, if declared
 * @param limit evaluate only the first N examples, if present
 * @param batchSize examples per inference batch
 */
public record BaselineRequest(String name, Path savedModel, Set<String> tags, String signature,
        Optional<String> output, Optional<OutputKind> outputKind, Optional<TaskKind> task, Class<? extends DataProvider> data,
        Optional<Class<? extends DataProvider>> trainingData, OptionalInt limit, int batchSize) {

    /** A request whose task is detected. */
    public BaselineRequest(String name, Path savedModel, Set<String> tags, String signature,
            Optional<OutputKind> outputKind, Class<? extends DataProvider> data,
            Optional<Class<? extends DataProvider>> trainingData, OptionalInt limit, int batchSize) {
        this(name, savedModel, tags, signature, Optional.empty(), outputKind, Optional.empty(), data, trainingData, limit,
                batchSize);
    }

    /** Validates and copies the request. */
    public BaselineRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savedModel, "savedModel");
        tags = Set.copyOf(tags);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(outputKind, "outputKind");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(trainingData, "trainingData");
        Objects.requireNonNull(limit, "limit");
    }
}
