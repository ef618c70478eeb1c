package dev.modelspec.train;

/**
 * Hyper-parameters of the Adam optimizer, with the same meaning as in Keras.
 *
 * @param learningRate the step size
 * @param beta1 the decay of the first-moment estimate
 * @param beta2 the decay of the second-moment estimate
 * @param epsilon the small constant added to the denominator
 */
public record AdamSettings(float learningRate, float beta1, float beta2, float epsilon) {

    /** Validates the settings. */
    public AdamSettings {
        requirePositive("learningRate", learningRate);
        requirePositive("epsilon", epsilon);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must be in [0, 1), got " + beta1 + " and " + beta2);
        }
    }

    /** Keras' defaults: learning rate 0.001, betas 0.9 and 0.999, epsilon 1e-7. */
    public static AdamSettings defaults() {
        return new AdamSettings(0.001f, 0.9f, 0.999f, 1e-7f);
    }

    /** These settings with another learning rate. */
    public AdamSettings withLearningRate(float rate) {
        return new AdamSettings(rate, beta1, beta2, epsilon);
    }

    private static void requirePositive(String name, float value) {
        if (!(value > 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException("Adam " + name + " must be positive and finite, got " + value);
        }
    }
}
