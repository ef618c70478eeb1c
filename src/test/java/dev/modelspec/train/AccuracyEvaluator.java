package dev.modelspec.train;

import dev.modelspec.data.LabeledData;

/** Counts how many examples a {@link TrainableModel} classifies correctly (arg-max of its output). */
public final class AccuracyEvaluator {

    private AccuracyEvaluator() {}

    /**
     * Evaluates {@code model} on all of {@code data} in batches of {@code batchSize}.
     *
     * @return the number of examples whose highest-scoring class is their label; ties go to the lower class
     */
    public static int countCorrect(TrainableModel model, LabeledData data, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        int classes = model.classCount();
        float[] inputs = new float[batchSize * data.exampleLength()];
        int correct = 0;
        for (int from = 0; from < data.size(); from += batchSize) {
            int count = Math.min(batchSize, data.size() - from);
            data.copyInputs(from, count, inputs, 0);
            float[] outputs = model.predict(inputs, count);
            for (int i = 0; i < count; i++) {
                if (argMax(outputs, i * classes, classes) == data.label(from + i)) {
                    correct++;
                }
            }
        }
        return correct;
    }

    /** The index of the largest of {@code length} values starting at {@code offset}, relative to it. */
    static int argMax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
