package dev.modelspec.examples;

import dev.modelspec.data.DataProvider;
import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.data.ImageFolderData;
import dev.modelspec.data.LabeledData;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * An image folder as a user would have one: the first {@value #PER_CLASS} Fashion-MNIST test images
 * of each class as 28×28 greyscale PNGs under {@code target/fashion-mnist-images/<class>/}, written
 * on first use from the committed IDX files, read back with {@link ImageFolderData}. A folder name
 * cannot hold the slash of {@code T-shirt/top}, so that class's folder is {@code T-shirt-top}; the
 * folders are declared in the model's label order (by default they would be sorted by name).
 */
public final class FashionMnistImageFolder implements DataProvider {

    static final Path ROOT = Path.of("target", "fashion-mnist-images");
    static final int PER_CLASS = 100;
    static final List<String> FOLDERS = FashionMnist.CLASS_NAMES.stream().map(name -> name.replace('/', '-')).toList();

    @Override
    public LabeledData load() {
        if (!Files.isDirectory(ROOT.resolve(FOLDERS.get(FOLDERS.size() - 1)))) {
            write(new FashionMnistTest().load());
        }
        return ImageFolderData.from(ROOT).size(28, 28).grayscale().classes(FOLDERS.toArray(String[]::new)).read();
    }

    private static void write(LabeledData test) {
        int[] written = new int[FOLDERS.size()];
        float[] pixels = new float[28 * 28];
        try {
            for (int i = 0; i < test.size(); i++) {
                int label = test.label(i);
                if (written[label] == PER_CLASS) {
                    continue;
                }
                test.copyInputs(i, 1, pixels, 0);
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                WritableRaster raster = image.getRaster();
                for (int p = 0; p < pixels.length; p++) {
                    raster.setSample(p % 28, p / 28, 0, Math.round(pixels[p] * 255));
                }
                Path folder = Files.createDirectories(ROOT.resolve(FOLDERS.get(label)));
                ImageIO.write(image, "png", folder.resolve("%05d.png".formatted(i)).toFile());
                written[label]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the example images under " + ROOT.toAbsolutePath(), e);
        }
    }
}
