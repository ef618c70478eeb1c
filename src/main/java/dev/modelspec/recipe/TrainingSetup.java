package dev.modelspec.recipe;

import dev.modelspec.data.LabeledData;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.graph.TrainingGraphCache;
import java.util.Objects;

/**
 * What a fine-tuning step trains with: the live model being compressed (its session holds the
 * weights being trained), the training data, and the key of the model's training signature.
 *
 * @param model the model open for this recipe; never the baseline's directory, which is never written
 * @param data the training examples
 * @param signatureKey the training signature, {@code train} by default
 * @param trainingGraphs where training graphs derived from the serving signature are kept for reuse
 *     by later recipes on the same baseline (one per run)
 */
public record TrainingSetup(SavedModel model, LabeledData data, String signatureKey, TrainingGraphCache trainingGraphs) {

    /** Checks for nulls. */
    public TrainingSetup {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signatureKey, "signatureKey");
        Objects.requireNonNull(trainingGraphs, "trainingGraphs");
    }

    /** A setup whose derived training graphs are built for this training alone and closed after it. */
    public TrainingSetup(SavedModel model, LabeledData data, String signatureKey) {
        this(model, data, signatureKey, TrainingGraphCache.keepingNothing());
    }
}
