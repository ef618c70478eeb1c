package dev.modelspec.data;

import java.util.List;
import java.util.Optional;

/**
 * A fixed, ordered set of labelled examples for evaluation or training, with preprocessing already
 * applied (e.g. pixels scaled to [0, 1]).
 *
 * <p>Examples are read in slices with {@link #copyInputs}, so evaluation can stream them in batches
 * without materialising a float copy of the whole set.
 */
public interface LabeledData {

    /** A short name for reports, e.g. {@code fashion-mnist/t10k}. */
    String name();

    /** The number of examples. */
    int size();

    /** The shape of one example, e.g. {@code [28, 28]}. */
    int[] exampleShape();

    /** The number of classes labels range over: labels are in {@code [0, classCount())}. */
    int classCount();

    /**
     * The name of each class, by label, when the data knows them (a labels file, image folder names,
     * class names in a CSV column); empty otherwise. When present it holds {@link #classCount()} names.
     */
    default Optional<List<String>> classNames() {
        return Optional.empty();
    }

    /** The label of example {@code index}. */
    int label(int index);

    /**
     * The target of example {@code index} as a number: the label itself for classification data;
     * regression data (e.g. {@link CsvData#target}) overrides it with the value to predict.
     */
    default float target(int index) {
        return label(index);
    }

    /**
     * Copies examples {@code from .. from + count - 1}, preprocessed and flattened row-major, into
     * {@code target} starting at {@code offset}.
     */
    void copyInputs(int from, int count, float[] target, int offset);

    /**
     * This data with every example passed through {@code transform} as it is read: the hook for
     * preprocessing of your own. {@code transformName} becomes part of {@link #name()}, and so of
     * the cache keys of results computed on it: give each distinct transform its own name.
     */
    default LabeledData mapInputs(String transformName, InputTransform transform) {
        return new TransformedData(this, transform, transformName);
    }

    /**
     * This data with its classes named, label {@code i} by {@code names.get(i)}, e.g. from
     * {@link ClassNames#read}. Names are not part of {@link #name()}: they do not change results.
     *
     * @throws IllegalArgumentException if there is not exactly one distinct, non-blank name per class
     */
    default LabeledData withClassNames(List<String> names) {
        return new NamedClasses(this, names);
    }

    /**
     * The first {@code count} examples; this data itself when it has no more.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    default LabeledData limit(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("A data limit must be positive, but was " + count);
        }
        return count >= size() ? this : new FirstExamples(this, count);
    }

    /** The number of floats in one example. */
    default int exampleLength() {
        int length = 1;
        for (int d : exampleShape()) {
            length *= d;
        }
        return length;
    }
}
