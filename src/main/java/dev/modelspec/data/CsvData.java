package dev.modelspec.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file with a header row, its columns chosen by name: some feature columns (numbers) and one
 * label column (class indexes {@code 0, 1, ...}, or class names declared with {@link #classes}). Read
 * with Apache Commons CSV, record by record; the chosen columns are kept as floats.
 *
 * <pre>{@code
 * public final class IrisTest implements DataProvider {
 *     public LabeledData load() {
 *         return CsvData.from(Path.of("data/iris-test.csv"))
 *                 .features("sepal_length", "sepal_width", "petal_length", "petal_width")
 *                 .label("species").classes("setosa", "versicolor", "virginica")
 *                 .read();
 *     }
 * }
 * }</pre>
 *
 * <p>For a regression, choose the column of numbers to predict with {@link #target} instead of
 * {@link #label}: every {@link LabeledData#target} is then that column's value.
 *
 * <p>Each example has the shape {@code [features]}. The data's name is the file name with a
 * fingerprint of the file and the chosen columns, so results cached for it are never reused after
 * either changes. Builder methods return this builder; {@link #read} may be called more than once.
 */
public final class CsvData {

    private final Path file;
    private List<String> features = List.of();
    private String label;
    private Labels labels = Labels.NUMBERED;
    private char delimiter = ',';
    private boolean numericTarget;

    private CsvData(Path file) {
        this.file = file;
    }

    /** The CSV file {@code file}, UTF-8, comma-separated, its first row naming the columns. */
    public static CsvData from(Path file) {
        return new CsvData(Objects.requireNonNull(file, "file"));
    }

    /** The feature columns, in the order the model expects them. */
    public CsvData features(String... columns) {
        this.features = List.of(columns);
        return this;
    }

    /** The label column. */
    public CsvData label(String column) {
        this.label = Objects.requireNonNull(column, "column");
        this.numericTarget = false;
        return this;
    }

    /** The column of numbers a regression model predicts, instead of a {@link #label} column. */
    public CsvData target(String column) {
        label(column);
        this.numericTarget = true;
        return this;
    }

    /** The label column holds these class names; label {@code i} is {@code names[i]}. */
    public CsvData classes(String... names) {
        this.labels = labels.withNames(names);
        return this;
    }

    /** The number of classes, when the file does not hold an example of the last one. */
    public CsvData classCount(int count) {
        this.labels = labels.withClassCount(count);
        return this;
    }

    /** Another field delimiter, e.g. {@code ';'} or {@code '\t'}. */
    public CsvData delimiter(char delimiter) {
        this.delimiter = delimiter;
        return this;
    }

    /**
     * Reads the file.
     *
     * @throws DataFormatException if the file is unreadable, has no header, lacks a chosen column, or a
     *     record has a missing, non-numeric or out-of-range value: the message names the file, the
     *     record, its line and the column
     */
    public LabeledData read() {
        if (features.isEmpty() || label == null) {
            throw new IllegalStateException("Choose the columns of " + file + " before reading it: "
                    + "CsvData.from(file).features(\"a\", \"b\").label(\"y\").read()");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            checkColumns(parser.getHeaderMap());
            DenseExamples.Builder examples = new DenseExamples.Builder(new int[] {features.size()});
            for (CSVRecord record : parser) {
                add(record, examples);
            }
            if (examples.size() == 0) {
                throw new DataFormatException(file.toAbsolutePath() + " has a header but no records: add the examples");
            }
            String settings = "csv " + features + " -> " + label + " " + (numericTarget ? "target" : labels) + " "
                    + delimiter;
            return examples.build(SourceFingerprint.name(file.getFileName().toString(), settings, List.of(file)), labels);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new DataFormatException("Cannot read " + file.toAbsolutePath() + " as CSV with a header row: "
                    + e.getMessage(), e);
        }
    }

    /** Skips the byte-order mark spreadsheet programs write at the start of UTF-8 files. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private void checkColumns(Map<String, Integer> header) {
        if (header == null || header.isEmpty()) {
            throw new DataFormatException(file.toAbsolutePath() + " is empty: its first row must name the columns");
        }
        if (features.contains(label)) {
            throw new DataFormatException("Column \"%s\" of %s is chosen both as a feature and as the label: "
                    .formatted(label, file.toAbsolutePath()) + "leave it out of features(...)");
        }
        for (String column : Stream.concat(features.stream(), Stream.of(label)).toList()) {
            if (!header.containsKey(column)) {
                throw new DataFormatException("%s has no column \"%s\"; its columns are %s: check the spelling in "
                        .formatted(file.toAbsolutePath(), column, header.keySet()) + "features(...) and label(...)");
            }
        }
    }

    private void add(CSVRecord record, DenseExamples.Builder examples) {
        Supplier<String> where = () -> "%s record %d (line %d)".formatted(file.toAbsolutePath(), record.getRecordNumber(),
                record.getParser().getCurrentLineNumber());
        if (!record.isConsistent()) {
            throw new DataFormatException("%s has %d fields but the header names %d columns: fix the row"
                    .formatted(where.get(), record.size(), record.getParser().getHeaderNames().size()));
        }
        float[] target = examples.next();
        int offset = examples.offset();
        for (int i = 0; i < features.size(); i++) {
            target[offset + i] = number(record.get(features.get(i)), where, features.get(i));
        }
        if (numericTarget) {
            examples.addTarget(number(record.get(label), where, label));
        } else {
            examples.add(labels.parse(record.get(label), () -> where.get() + " column \"" + label + "\""));
        }
    }

    private static float number(String value, Supplier<String> where, String column) {
        try {
            float number = Float.parseFloat(value);
            if (Float.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as for non-finite values
        }
        throw new DataFormatException(("%s column \"%s\" holds \"%s\", not a finite number: features and targets must be numbers; "
                + "fill in or drop missing values and encode categories as numbers first").formatted(where.get(), column, value));
    }
}
