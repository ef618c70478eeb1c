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
     * How many numbers each example's target holds: 1 (the default) for a class label or one number to
     * predict; {@code k} for the {@code k} labels (0 or 1 each) of a multi-label model or the {@code k}
     * outputs of a regression. See {@link #withTargets}.
     */
    default int targetWidth() {
        return 1;
    }

    /**
     * Copies the targets of examples {@code from .. from + count - 1}, {@link #targetWidth()} values
     * each, example by example, into {@code target} starting at {@code offset}. By default each
     * example's {@link #target}.
     */
    default void copyTargets(int from, int count, float[] target, int offset) {
        for (int i = 0; i < count; i++) {
            target[offset + i] = target(from + i);
        }
    }

    /**
     * Copies examples {@code from .. from + count - 1}, preprocessed and flattened row-major, into
     * {@code target} starting at {@code offset}.
     */
    void copyInputs(int from, int count, float[] target, int offset);

    /**
     * The signature inputs each example fills, in the order their values follow one another in
     * {@link #copyInputs}; empty (the default) when the whole example is the model's one input. A
     * model with several inputs is fed by these names; see {@link #withInputs}.
     */
    default List<NamedInput> namedInputs() {
        return List.of();
    }

    /**
     * This data with each example's values split among the named signature inputs, in order: for
     * {@code withInputs(new NamedInput("input_ids", 128), new NamedInput("attention_mask", 128))} the
     * first 128 values of an example feed {@code input_ids}, the next 128 {@code attention_mask}.
     * Integer inputs (token ids) receive the values as whole numbers.
     *
     * @throws IllegalArgumentException if the lengths do not add up to {@link #exampleLength()} or a
     *     name is given twice
     */
    default LabeledData withInputs(NamedInput... inputs) {
        return new NamedInputs(this, List.of(inputs));
    }

    /**
     * This data with {@code width} numbers to predict per example, {@code values} holding them example
     * by example: the 0/1 labels of a multi-label model, or the targets of a regression with {@code
     * width} outputs. Every {@link #label} becomes 0, of one class.
     *
     * @throws IllegalArgumentException if {@code values} does not hold {@code width} finite numbers per example
     */
    default LabeledData withTargets(int width, float[] values) {
        return new TargetVectors(this, width, values);
    }

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
