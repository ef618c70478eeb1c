package dev.modelspec.train;

/**
 * How {@link Trainer} iterates over the training data.
 *
 * @param epochs the number of passes over the data
 * @param batchSize the number of examples per optimizer step; the last batch of an epoch may be
 *     smaller
 * @param shuffleSeed the seed of the per-epoch shuffling
 */
public record TrainingSettings(int epochs, int batchSize, long shuffleSeed) {

    /** Validates the settings. */
    public TrainingSettings {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
    }
}
