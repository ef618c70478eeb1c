package dev.modelspec.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, Zalando SE, MIT license): 28x28 greyscale images of
 * clothing in 10 classes, pixels scaled to {@code [0, 1]}.
 *
 * <p>The static methods find the data in this order: the system property
 * {@code modelspec.data.fashionMnist}, the environment variable {@code MODELSPEC_FASHION_MNIST}
 * (each, if set, must name a directory holding the files), the Debian package's directory
 * {@code /usr/share/datasets/fashion-mnist} ({@code apt-get install dataset-fashion-mnist}), and
 * {@code examples/data/fashion-mnist} in the working directory or one of its parents. Use
 * {@link #from(Path)} to name a directory explicitly. Files may be gzip-compressed
 * ({@code t10k-images-idx3-ubyte.gz}) or raw ({@code t10k-images-idx3-ubyte}).
 *
 * <p>The copy in {@code examples/data} holds the full test set but only the first 12,000 training
 * examples; {@link #train()} returns whatever training examples the directory holds.
 */
public final class FashionMnist {

    /** The names of the ten classes, label 0 first, as the data set's authors give them. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private final Path directory;

    private FashionMnist(Path directory) {
        this.directory = directory;
    }

    /** Fashion-MNIST in {@code directory}, which is used as given, without searching. */
    public static FashionMnist from(Path directory) {
        return new FashionMnist(Objects.requireNonNull(directory));
    }

    /**
     * Fashion-MNIST in the directory {@link #locate()} finds.
     *
     * @throws DataNotFoundException listing every place tried and how to fix it
     */
    public static FashionMnist located() {
        return new FashionMnist(locate());
    }

    /**
     * The directory the data is read from, searched in the order described on this class.
     *
     * @throws DataNotFoundException listing every place tried and how to fix it
     */
    public static Path locate() {
        return FashionMnistLocator.fromEnvironment().locate();
    }

    /**
     * The test set (10,000 examples), named {@code fashion-mnist/test}, from the located directory.
     *
     * @throws DataNotFoundException if the data cannot be found
     * @throws IdxFormatException if a file is malformed
     */
    public static LabeledImages test() {
        return located().loadTest();
    }

    /**
     * The training set (60,000 examples, or the subset the directory holds), named
     * {@code fashion-mnist/train}, from the located directory.
     *
     * @throws DataNotFoundException if the data cannot be found
     * @throws IdxFormatException if a file is malformed
     */
    public static LabeledImages train() {
        return located().loadTrain();
    }

    /** The directory this instance reads from. */
    public Path directory() {
        return directory;
    }

    /**
     * Reads the test set from {@link #directory()}.
     *
     * @throws DataNotFoundException if a file is missing
     * @throws IdxFormatException if a file is malformed
     */
    public LabeledImages loadTest() {
        return FashionMnistSplit.TEST.load(directory);
    }

    /**
     * Reads the training set from {@link #directory()}.
     *
     * @throws DataNotFoundException if a file is missing
     * @throws IdxFormatException if a file is malformed
     */
    public LabeledImages loadTrain() {
        return FashionMnistSplit.TRAIN.load(directory);
    }
}
