package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistLocatorTest {

    @TempDir
    Path root;

    Path property;
    Path environment;
    Path debian;
    Path work;
    String savedProperty;

    @BeforeEach
    void createCandidates() throws IOException {
        property = testSetIn(root.resolve("property"), ".gz");
        environment = testSetIn(root.resolve("environment"), ".gz");
        debian = testSetIn(root.resolve("debian"), "");
        work = Files.createDirectories(root.resolve("repo").resolve("examples"));
        savedProperty = System.getProperty(FashionMnistLocator.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (savedProperty == null) {
            System.clearProperty(FashionMnistLocator.PROPERTY);
        } else {
            System.setProperty(FashionMnistLocator.PROPERTY, savedProperty);
        }
    }

    @Test
    void prefersPropertyThenEnvironmentThenDebianThenExamples() throws IOException {
        Path examples = testSetIn(root.resolve("repo/examples/data/fashion-mnist"), ".gz");

        assertThat(locator(property, environment, debian).locate()).isEqualTo(property);
        assertThat(locator(null, environment, debian).locate()).isEqualTo(environment);
        assertThat(locator(" ", null, debian).locate()).isEqualTo(debian);
        assertThat(locator(null, null, root.resolve("absent")).locate()).isEqualTo(examples);
    }

    @Test
    void findsExamplesFromTheRepositoryRootToo() throws IOException {
        Path examples = testSetIn(root.resolve("repo/examples/data/fashion-mnist"), ".gz");
        FashionMnistLocator fromRoot = new FashionMnistLocator(null, null,
                root.resolve("absent"), root.resolve("repo"));

        assertThat(fromRoot.locate()).isEqualTo(examples);
    }

    @Test
    void failsWhenASetPropertyPointsToTheWrongPlace() {
        Path empty = root.resolve("nothing-here");

        assertThatThrownBy(() -> locator(empty, environment, debian).locate())
                .isInstanceOf(DataNotFoundException.class)
                .hasMessageContaining("system property modelspec.data.fashionMnist points")
                .hasMessageContaining(empty.toString() + ": no such directory");
    }

    @Test
    void listsEveryPlaceTriedAndTheFixWhenNothingIsFound() throws IOException {
        Path incomplete = Files.createDirectories(root.resolve("incomplete"));
        Files.write(incomplete.resolve("t10k-images-idx3-ubyte.gz"), new byte[0]);

        assertThatThrownBy(() -> locator(null, null, incomplete).locate())
                .isInstanceOf(DataNotFoundException.class)
                .hasMessageContaining("system property modelspec.data.fashionMnist: not set")
                .hasMessageContaining("environment variable MODELSPEC_FASHION_MNIST: not set")
                .hasMessageContaining(incomplete + ": no t10k-labels-idx1-ubyte[.gz]")
                .hasMessageContaining(work.resolve("examples/data/fashion-mnist")
                        + ": no such directory")
                .hasMessageContaining(root.resolve("repo/examples/data/fashion-mnist")
                        + ": no such directory")
                .hasMessageContaining("apt-get install dataset-fashion-mnist")
                .hasMessageContaining("-Dmodelspec.data.fashionMnist=DIR");
    }

    @Test
    void systemPropertyDrivesThePublicApiAndProviders() {
        System.setProperty(FashionMnistLocator.PROPERTY, property.toString());

        LabeledData test = new FashionMnistTest().load();

        assertThat(FashionMnist.locate()).isEqualTo(property);
        assertThat(test.name()).isEqualTo("fashion-mnist/test");
        assertThat(test.size()).isEqualTo(1);
        assertThat(test.label(0)).isEqualTo(7);
        assertThat(test.exampleShape()).containsExactly(2, 2);
        assertThat(test.classNames().orElseThrow()).hasSize(10).startsWith("T-shirt/top").endsWith("Ankle boot");
        assertThatThrownBy(() -> new FashionMnistTrain().load())
                .isInstanceOf(DataNotFoundException.class)
                .hasMessageContaining("fashion-mnist/train not found in "
                        + property.toAbsolutePath())
                .hasMessageContaining("no train-images-idx3-ubyte[.gz] or"
                        + " train-labels-idx1-ubyte[.gz]");
    }

    @Test
    void explicitDirectoryReadsRawFilesAndTrainSet() throws IOException {
        Path dir = testSetIn(root.resolve("explicit"), "");
        Files.write(dir.resolve("train-images-idx3-ubyte"),
                IdxFixtures.idx(0x00000803, new int[] {2, 1, 1}, new byte[] {5, 6}));
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"),
                IdxFixtures.gzip(IdxFixtures.labels(4, 2)));
        FashionMnist mnist = FashionMnist.from(dir);
        float[] pixels = new float[2];

        LabeledImages train = mnist.loadTrain();
        train.withScale(1f).copyInputs(0, 2, pixels, 0);

        assertThat(mnist.directory()).isEqualTo(dir);
        assertThat(mnist.loadTest().label(0)).isEqualTo(7);
        assertThat(train.name()).isEqualTo("fashion-mnist/train");
        assertThat(train.labels().toArray()).containsExactly(4, 2);
        assertThat(pixels).containsExactly(5f, 6f);
    }

    private FashionMnistLocator locator(Object propertyValue, Object environmentValue,
            Path debianDirectory) {
        return new FashionMnistLocator(propertyValue == null ? null : propertyValue.toString(),
                environmentValue == null ? null : environmentValue.toString(), debianDirectory,
                work);
    }

    /** Writes a one-example 2x2 test set with label 7 into {@code dir}. */
    private static Path testSetIn(Path dir, String suffix) throws IOException {
        Files.createDirectories(dir);
        byte[] images = IdxFixtures.idx(0x00000803, new int[] {1, 2, 2}, new byte[] {1, 2, 3, 4});
        byte[] labels = IdxFixtures.labels(7);
        boolean gzip = suffix.equals(".gz");
        Files.write(dir.resolve("t10k-images-idx3-ubyte" + suffix),
                gzip ? IdxFixtures.gzip(images) : images);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte" + suffix),
                gzip ? IdxFixtures.gzip(labels) : labels);
        return dir;
    }
}
