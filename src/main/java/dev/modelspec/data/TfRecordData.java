package dev.modelspec.data;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.tensorflow.proto.Example;
import org.tensorflow.proto.Feature;

/**
 * TFRecord files of {@code tf.train.Example}s, features chosen by name: each example's input is the
 * chosen features' values ({@code float_list} or {@code int64_list}) one after another, in the order
 * named, and its label is one {@code int64} (a class index) or one {@code bytes} value (a class name
 * declared with {@link #classes}). Records are read one at a time and their checksums verified;
 * the chosen values are kept as floats. With several features, each feeds the signature input of its
 * name (see {@link LabeledData#namedInputs()}), so a model with several inputs needs no more than this.
 *
 * <pre>{@code
 * public final class DigitsRecords implements DataProvider {
 *     public LabeledData load() {
 *         return TfRecordData.from(Path.of("data/test.tfrecord"))
 *                 .features("pixels").shape(28, 28).label("label").read();
 *     }
 * }
 * }</pre>
 *
 * <p>For a regression, choose the feature holding the number to predict (one {@code float} or
 * {@code int64} value) with {@link #target} instead of {@link #label}: every
 * {@link LabeledData#target} is then that value.
 *
 * <p>Each example has the shape given with {@link #shape}, or {@code [values]} by default. Builder
 * methods return this builder.
 */
public final class TfRecordData {

    private final List<Path> files;
    private List<String> features = List.of();
    private String label;
    private int[] shape;
    private Labels labels = Labels.NUMBERED;
    private boolean numericTarget;

    private TfRecordData(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The records of these files, in order; names ending in {@code .gz} are read as gzip-compressed. */
    public static TfRecordData from(Path... files) {
        if (files.length == 0) {
            throw new IllegalArgumentException("Name at least one TFRecord file");
        }
        return new TfRecordData(Arrays.asList(files));
    }

    /** The features making up each example's input, in order. */
    public TfRecordData features(String... names) {
        this.features = List.of(names);
        return this;
    }

    /** The feature holding each example's label. */
    public TfRecordData label(String name) {
        this.label = Objects.requireNonNull(name, "name");
        this.numericTarget = false;
        return this;
    }

    /** The feature holding the number a regression model predicts, instead of a {@link #label} feature. */
    public TfRecordData target(String name) {
        label(name);
        this.numericTarget = true;
        return this;
    }

    /** The shape of one example, e.g. {@code 28, 28}; its size must equal the number of values. */
    public TfRecordData shape(int... dimensions) {
        this.shape = dimensions.clone();
        return this;
    }

    /** The label feature holds these class names as bytes (or their indexes); label {@code i} is {@code names[i]}. */
    public TfRecordData classes(String... names) {
        this.labels = labels.withNames(names);
        return this;
    }

    /** The number of classes, when the records do not include the last one. */
    public TfRecordData classCount(int count) {
        this.labels = labels.withClassCount(count);
        return this;
    }

    /**
     * Reads every record.
     *
     * @throws DataFormatException if a file is unreadable or corrupt, or a record lacks a chosen feature
     *     or holds one of another length or kind; the message names the file, the record and the feature
     */
    public LabeledData read() {
        if (features.isEmpty() || label == null) {
            throw new IllegalStateException("Choose the features of " + files + " before reading them: "
                    + "TfRecordData.from(file).features(\"x\").label(\"y\").read(), or .target(\"y\") for a regression");
        }
        TfExampleLayout layout = null;
        DenseExamples.Builder examples = null;
        for (Path file : files) {
            try (TfRecordReader reader = new TfRecordReader(file)) {
                for (byte[] record = reader.next(); record != null; record = reader.next()) {
                    long number = reader.records();
                    Supplier<String> where = () -> file.toAbsolutePath() + " record " + number;
                    Example example = parse(record, where);
                    if (layout == null) {
                        layout = TfExampleLayout.of(example, features, label, shape, where);
                        examples = new DenseExamples.Builder(layout.shape());
                    }
                    layout.copy(example, examples.next(), examples.offset(), where);
                    if (numericTarget) {
                        examples.addTarget(layout.target(example, where));
                    } else {
                        examples.add(layout.label(example, labels, where));
                    }
                }
            } catch (IOException e) {
                throw new DataFormatException("Cannot read " + file.toAbsolutePath() + " (" + e
                        + "): check the path and that it is a TFRecord file", e);
            }
        }
        if (examples == null) {
            throw new DataFormatException(files + " hold no records: write the examples with tf.io.TFRecordWriter");
        }
        String settings = "tfrecord " + features + " -> " + label + " " + Arrays.toString(shape) + " "
                + (numericTarget ? "target" : labels);
        LabeledData data = examples.build(SourceFingerprint.name(files.get(0).getFileName().toString(), settings, files),
                labels);
        return features.size() > 1 ? data.withInputs(layout.inputs()) : data;
    }

    private static Example parse(byte[] record, Supplier<String> where) {
        try {
            return Example.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            throw new DataFormatException(where.get() + " is not a tf.train.Example (" + e.getMessage()
                    + "): write records with example.SerializeToString()", e);
        }
    }
}
