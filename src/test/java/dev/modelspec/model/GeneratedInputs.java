package dev.modelspec.model;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;

/** Inputs for a generated export, made from the first Fashion-MNIST test images the way it was trained. */
final class GeneratedInputs {

    private GeneratedInputs() {}

    /** How many examples the tests feed: one fixed batch, else 128. */
    static int count(GeneratedModel model) {
        return model.meta().path("batch").asInt(128);
    }

    /** {@code count} examples of the model's example shape, flattened. */
    static float[] of(GeneratedModel model, int count) {
        LabeledData test = FashionMnist.test();
        float[] pixels = new float[count * 784];
        test.copyInputs(0, count, pixels, 0);
        if (!"tokens".equals(model.meta().path("input_kind").asText())) {
            return pixels;
        }
        float[] tokens = new float[count * 28];
        for (int i = 0; i < count * 28; i++) {
            double mean = 0;
            for (int c = 0; c < 28; c++) {
                mean += pixels[i * 28 + c];
            }
            tokens[i] = (float) Math.min(49, Math.max(0, Math.floor(mean / 28 * 50)));
        }
        return tokens;
    }

    /** The top or bottom half of each image (the two-input model's inputs). */
    static float[] half(float[] pixels, int count, boolean top) {
        float[] half = new float[count * 392];
        for (int i = 0; i < count; i++) {
            System.arraycopy(pixels, i * 784 + (top ? 0 : 392), half, i * 392, 392);
        }
        return half;
    }
}
