package dev.modelspec.train;

/**
 * How a model's serving signature is exported.
 *
 * @param batchSize the fixed batch dimension of the serving input, or {@code -1} for a free one
 * @param key the signature key
 */
record ServingSignature(long batchSize, String key) {

    /** A free batch under {@value ExportNames#SERVING_SIGNATURE}. */
    static final ServingSignature DEFAULT = new ServingSignature(-1, ExportNames.SERVING_SIGNATURE);

    /** This signature with a fixed batch of {@code size} examples. */
    ServingSignature withBatchSize(int size) {
        Layer.require(size > 0, "A fixed batch size must be positive, got " + size);
        return new ServingSignature(size, key);
    }

    /** This signature under another key. */
    ServingSignature withKey(String newKey) {
        Layer.require(newKey != null && !newKey.isBlank() && !newKey.startsWith("__"),
                "A serving signature key must be a non-blank name not starting with __, got '" + newKey + "'");
        Layer.require(!newKey.equals(ExportNames.TRAIN_SIGNATURE),
                "The serving signature cannot be named '" + newKey + "': the train signature has that key");
        return new ServingSignature(batchSize, newKey);
    }
}
