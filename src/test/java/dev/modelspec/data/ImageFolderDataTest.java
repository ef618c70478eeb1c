package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderDataTest {

    @TempDir
    Path root;

    private Path image(String folder, String file, int type, int width, int height, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return write(folder, file, image);
    }

    private Path write(String folder, String file, BufferedImage image) throws IOException {
        Path path = Files.createDirectories(root.resolve(folder)).resolve(file);
        ImageIO.write(image, file.substring(file.lastIndexOf('.') + 1), path.toFile());
        return path;
    }

    @Test
    void labelsImagesByFolderInNameOrderAndScalesRgbToUnitRange() throws IOException {
        image("dog", "b.png", BufferedImage.TYPE_INT_RGB, 2, 2, 0x336699);
        image("cat", "z.png", BufferedImage.TYPE_INT_ARGB, 2, 2, 0x80ff0000);
        image("cat", "a.bmp", BufferedImage.TYPE_INT_RGB, 2, 2, 0x000000);
        Files.writeString(root.resolve("cat").resolve("notes.txt"), "not an image");

        LabeledData data = ImageFolderData.from(root).size(2, 2).rgb().read();

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.classNames()).contains(List.of("cat", "dog"));
        assertThat(new int[] {data.label(0), data.label(1), data.label(2)}).containsExactly(0, 0, 1);
        assertThat(data.exampleShape()).containsExactly(2, 2, 3);
        float[] inputs = new float[3 * 12];
        data.copyInputs(0, 3, inputs, 0);
        assertThat(java.util.Arrays.copyOfRange(inputs, 0, 3)).containsExactly(0, 0, 0);
        assertThat(java.util.Arrays.copyOfRange(inputs, 12, 15)).as("alpha dropped").containsExactly(1, 0, 0);
        assertThat(java.util.Arrays.copyOfRange(inputs, 24, 27))
                .containsExactly(new float[] {0x33 / 255f, 0x66 / 255f, 0x99 / 255f}, within(1e-6f));
    }

    @Test
    void keepsStoredGreyValuesAndConvertsColourToLuminance() throws IOException {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 128);
        grey.getRaster().setSample(1, 0, 0, 10);
        write("a", "grey.png", grey);
        BufferedImage deep = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        deep.getRaster().setSample(0, 0, 0, 65535);
        write("c", "16-bit.png", deep);
        image("b", "colour.png", BufferedImage.TYPE_INT_RGB, 2, 1, 0x336699);

        LabeledData data = ImageFolderData.from(root).size(1, 2).grayscale().read();

        float[] inputs = new float[6];
        data.copyInputs(0, 3, inputs, 0);
        assertThat(data.exampleShape()).containsExactly(1, 2, 1);
        float luminance = (0.2989f * 0x33 + 0.587f * 0x66 + 0.114f * 0x99) / 255f;
        assertThat(inputs).containsExactly(new float[] {128 / 255f, 10 / 255f, luminance, luminance, 1, 1}, within(1e-6f));
    }

    @Test
    void resizesToTheDeclaredSize() throws IOException {
        image("a", "big.png", BufferedImage.TYPE_INT_RGB, 8, 6, 0x808080);

        LabeledData data = ImageFolderData.from(root).size(3, 4).read();

        float[] inputs = new float[12];
        data.copyInputs(0, 1, inputs, 0);
        float grey = 0.9999f * 128 / 255f;
        assertThat(inputs).containsExactly(new float[] {grey, grey, grey, grey, grey, grey, grey, grey, grey, grey,
                grey, grey}, within(1e-6f));
    }

    @Test
    void declaredClassesChooseFoldersAndTheirOrder() throws IOException {
        image("cat", "1.png", BufferedImage.TYPE_INT_RGB, 1, 1, 0);
        image("dog", "1.png", BufferedImage.TYPE_INT_RGB, 1, 1, 0);
        image("eel", "1.png", BufferedImage.TYPE_INT_RGB, 1, 1, 0);

        LabeledData data = ImageFolderData.from(root).size(1, 1).classes("dog", "cat").read();

        assertThat(data.classNames()).contains(List.of("dog", "cat"));
        assertThat(new int[] {data.label(0), data.label(1)}).containsExactly(0, 1);
        assertThatThrownBy(() -> ImageFolderData.from(root).size(1, 1).classes("dog", "fox").read())
                .hasMessageContaining("No class folder " + root.resolve("fox").toAbsolutePath());
    }

    @Test
    void missingEmptyAndUndecodableInputsAreNamed() throws IOException {
        assertThatThrownBy(() -> ImageFolderData.from(root.resolve("none")).size(1, 1).read())
                .isInstanceOf(DataFormatException.class).hasMessageContaining("No image folder");
        assertThatThrownBy(() -> ImageFolderData.from(root).size(1, 1).read()).hasMessageContaining("has no sub-folders");
        Files.createDirectories(root.resolve("empty"));
        assertThatThrownBy(() -> ImageFolderData.from(root).size(1, 1).read())
                .hasMessageContaining("The class folder " + root.resolve("empty").toAbsolutePath() + " holds no images");
        Files.writeString(root.resolve("empty").resolve("fake.png"), "text");
        assertThatThrownBy(() -> ImageFolderData.from(root).size(1, 1).read())
                .hasMessageContaining("fake.png is not an image javax.imageio can decode");
        assertThatThrownBy(() -> ImageFolderData.from(root).read()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("size(height, width)");
    }
}
