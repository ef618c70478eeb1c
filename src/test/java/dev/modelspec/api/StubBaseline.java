package dev.modelspec.api;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.size.ModelSizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Test aid: a baseline with the given accuracy on {@code exampleCount} examples, top-k accuracy 0.99
 * for every {@code k > 1}; every size measure is {@code 1000} bytes at 32 bits.
 */
public record StubBaseline(String name, Path savedModel, double accuracy, int exampleCount, LabeledData data)
        implements Baseline {

    /** A baseline {@code models/x} of the given accuracy on 10,000 examples, without data. */
    public static StubBaseline withAccuracy(double accuracy) {
        return new StubBaseline("models/x", Path.of("models/x"), accuracy, 10_000, null);
    }

    @Override
    public double topKAccuracy(int k) {
        return k == 1 ? accuracy : 0.99;
    }

    /** The data's class names; none without data. */
    @Override
    public Optional<List<String>> classNames() {
        return data == null ? Optional.empty() : data.classNames();
    }

    @Override
    public ModelSizes size() {
        return new ModelSizes(1000, 1000, 1000, 1000, 32);
    }
}
