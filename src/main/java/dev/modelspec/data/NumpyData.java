package dev.modelspec.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Features and labels saved with NumPy: two {@code .npy} files ({@code numpy.save}) or two arrays of
 * one {@code .npz} archive ({@code numpy.savez} or {@code savez_compressed}). Features are
 * float32, float64, int32, int64 or uint8 in C order, shaped {@code (examples, ...)}; labels are
 * whole numbers shaped {@code (examples,)} or {@code (examples, 1)}. For a regression, the second
 * array holds the numbers to predict instead (any of those types, same shapes): say so with
 * {@link #numericTargets}.
 *
 * <pre>{@code
 * public final class DigitsTest implements DataProvider {
 *     public LabeledData load() {
 *         return NumpyData.npz(Path.of("data/digits.npz"), "x_test", "y_test").scale(1f / 255).read();
 *     }
 * }
 * }</pre>
 *
 * <p>A {@code .npy} features file is memory-mapped and converted batch by batch as it is read; an
 * {@code .npz} array is inflated into memory once, as stored bytes. Each example has the shape of
 * the features after the first dimension. Regression targets are read from the array's bytes when
 * asked for, as features are. Builder methods return this builder.
 */
public final class NumpyData {

    private final Path file;
    private final Path labelsFile;
    private final String featuresKey;
    private final String labelsKey;
    private Labels labels = Labels.NUMBERED;
    private float scale = 1f;
    private boolean numericTargets;

    private NumpyData(Path file, Path labelsFile, String featuresKey, String labelsKey) {
        this.file = Objects.requireNonNull(file, "file");
        this.labelsFile = labelsFile;
        this.featuresKey = featuresKey;
        this.labelsKey = labelsKey;
    }

    /** Features in one {@code .npy} file, labels in another. */
    public static NumpyData npy(Path features, Path labels) {
        return new NumpyData(features, Objects.requireNonNull(labels, "labels"), null, null);
    }

    /**
     * The arrays named {@code featuresKey} and {@code labelsKey} of an {@code .npz} archive: the keyword
     * names given to {@code numpy.savez} (e.g. {@code x_test}), or {@code arr_0}, {@code arr_1} for
     * positional ones.
     */
    public static NumpyData npz(Path archive, String featuresKey, String labelsKey) {
        return new NumpyData(archive, null, Objects.requireNonNull(featuresKey, "featuresKey"),
                Objects.requireNonNull(labelsKey, "labelsKey"));
    }

    /** Multiplies every feature value by {@code factor} as it is read, e.g. {@code 1f / 255} for uint8 pixels. */
    public NumpyData scale(float factor) {
        if (!Float.isFinite(factor)) {
            throw new IllegalArgumentException("A scale must be a finite number, but was " + factor);
        }
        this.scale = factor;
        return this;
    }

    /** The names of the classes, label {@code i} named {@code names[i]}. */
    public NumpyData classes(String... names) {
        this.labels = labels.withNames(names);
        return this;
    }

    /** The number of classes, when the labels do not include the last one. */
    public NumpyData classCount(int count) {
        this.labels = labels.withClassCount(count);
        return this;
    }

    /**
     * The second array holds the number a regression model predicts for each example, not class
     * indexes: every {@link LabeledData#target} is then its value, and the data has one class.
     */
    public NumpyData numericTargets() {
        this.numericTargets = true;
        return this;
    }

    /**
     * Opens the arrays and reads the labels.
     *
     * @throws DataFormatException if a file or array is missing, of an unsupported type or order, or
     *     the labels (or targets) do not match the features; the message names the file and array
     */
    public LabeledData read() {
        NpyArray features;
        NpyArray labelArray;
        if (labelsFile != null) {
            features = NpyArray.parse(file.toAbsolutePath().toString(), mapped(file));
            labelArray = NpyArray.parse(labelsFile.toAbsolutePath().toString(), mapped(labelsFile));
        } else {
            try (ZipFile archive = new ZipFile(file.toFile())) {
                features = entry(archive, featuresKey);
                labelArray = entry(archive, labelsKey);
            } catch (IOException e) {
                throw new DataFormatException("Cannot read " + file.toAbsolutePath() + " as an .npz archive (" + e
                        + "): write it with numpy.savez", e);
            }
        }
        String settings = "numpy " + featuresKey + " " + labelsKey + " " + (numericTargets ? "target" : labels) + " "
                + scale;
        List<Path> files = labelsFile == null ? List.of(file) : List.of(file, labelsFile);
        String name = SourceFingerprint.name(file.getFileName().toString(), settings, files);
        return numericTargets ? NumpyExamples.regression(name, features, labelArray, scale)
                : NumpyExamples.labelled(name, features, labelArray, labels, scale);
    }

    private static ByteBuffer mapped(Path npy) {
        try (FileChannel channel = FileChannel.open(npy)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new DataFormatException(npy.toAbsolutePath() + " is larger than 2 GiB: split it into several files");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException e) {
            throw new DataFormatException("Cannot read " + npy.toAbsolutePath() + " (" + e
                    + "): check the path; write the file with numpy.save", e);
        }
    }

    private NpyArray entry(ZipFile archive, String key) throws IOException {
        ZipEntry entry = archive.getEntry(key + ".npy");
        if (entry == null) {
            List<String> keys = Collections.list(archive.entries()).stream()
                    .map(ZipEntry::getName).map(n -> n.replaceFirst("\\.npy$", "")).toList();
            throw new DataFormatException("%s holds no array \"%s\"; its arrays are %s: use one of those names"
                    .formatted(file.toAbsolutePath(), key, keys));
        }
        try (InputStream in = archive.getInputStream(entry)) {
            return NpyArray.parse(file.toAbsolutePath() + "!" + entry.getName(), ByteBuffer.wrap(in.readAllBytes()));
        }
    }
}
