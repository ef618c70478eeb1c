package dev.modelspec.bench;

import dev.modelspec.data.CsvData;
import dev.modelspec.data.ImageFolderData;
import dev.modelspec.data.LabeledData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * How long the data readers take: a CSV file of {@code rows} rows of 8 floats and a label, and an image
 * folder of 2 classes of {@code images} 28x28 greyscale PNGs each, written into {@code workDir}, then
 * read three times ({@code read()}, then one {@code copyInputs} over everything).
 *
 * <p>Usage: {@code DataReadingBenchmark [workDir] [rows] [images]} (defaults a temporary directory,
 * {@code 100000 500}).
 */
public final class DataReadingBenchmark {

    private DataReadingBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("data-reading");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int images = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Random random = new Random(1);
        StringBuilder csv = new StringBuilder("a,b,c,d,e,f,g,h,label\n");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 8; j++) {
                csv.append(String.format(Locale.ROOT, "%.5f,", random.nextGaussian()));
            }
            csv.append(i % 3).append('\n');
        }
        Path file = Files.writeString(dir.resolve("rows.csv"), csv);
        for (int c = 0; c < 2; c++) {
            Path folder = Files.createDirectories(dir.resolve("images").resolve("class" + c));
            for (int i = 0; i < images; i++) {
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                for (int p = 0; p < 28 * 28; p++) {
                    image.getRaster().setSample(p % 28, p / 28, 0, random.nextInt(256));
                }
                ImageIO.write(image, "png", folder.resolve(i + ".png").toFile());
            }
        }
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            LabeledData rowsData = CsvData.from(file).features("a", "b", "c", "d", "e", "f", "g", "h").label("label").read();
            long csvRead = System.nanoTime();
            LabeledData imageData = ImageFolderData.from(dir.resolve("images")).size(28, 28).read();
            long listed = System.nanoTime();
            imageData.copyInputs(0, imageData.size(), new float[imageData.size() * imageData.exampleLength()], 0);
            long decoded = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: csv %d rows read in %.0f ms; %d images listed and checked in %.0f ms, "
                    + "decoded in %.0f ms%n", run, rowsData.size(), (csvRead - start) / 1e6, imageData.size(),
                    (listed - csvRead) / 1e6, (decoded - listed) / 1e6);
        }
    }
}
