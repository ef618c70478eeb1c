package dev.modelspec.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one image file to floats in {@code [0, 1]}, {@code [height, width, channels]} row-major:
 * alpha dropped, resized bilinearly when its size differs, grey values of greyscale files taken as
 * stored (not through Java's linear-grey colour conversion).
 */
final class ImageDecoder {

    private final int height;
    private final int width;
    private final boolean rgb;

    ImageDecoder(int height, int width, boolean rgb) {
        this.height = height;
        this.width = width;
        this.rgb = rgb;
    }

    int[] shape() {
        return new int[] {height, width, rgb ? 3 : 1};
    }

    /** Fails unless {@code javax.imageio} has a reader for the file's format. */
    static void checkDecodable(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null || !ImageIO.getImageReaders(in).hasNext()) {
                throw notAnImage(file);
            }
        } catch (IOException e) {
            throw new DataFormatException("Cannot read " + file.toAbsolutePath() + " (" + e + ")", e);
        }
    }

    /** Decodes {@code file} into {@code target} from {@code offset} on. */
    void decode(Path file, float[] target, int offset) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new DataFormatException("Cannot decode " + file.toAbsolutePath() + " (" + e.getMessage()
                    + "): the file is damaged; replace or remove it", e);
        }
        if (image == null) {
            throw notAnImage(file);
        }
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        BufferedImage sized = resized(opaque(image, grey));
        int[] pixels = sized.getRGB(0, 0, width, height, null, 0, width);
        int at = offset;
        for (int p : pixels) {
            float r = (p >> 16 & 0xff) / 255f;
            float g = (p >> 8 & 0xff) / 255f;
            float b = (p & 0xff) / 255f;
            if (rgb) {
                target[at++] = r;
                target[at++] = g;
                target[at++] = b;
            } else {
                target[at++] = grey ? r : 0.2989f * r + 0.587f * g + 0.114f * b;
            }
        }
    }

    /** The image as opaque sRGB, grey files by their stored sample values. */
    private static BufferedImage opaque(BufferedImage image, boolean grey) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        float toByte = 255f / ((1 << image.getColorModel().getComponentSize(0)) - 1);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int value = grey ? Math.round(image.getRaster().getSample(x, y, 0) * toByte) * 0x010101 : image.getRGB(x, y);
                copy.setRGB(x, y, value & 0xffffff);
            }
        }
        return copy;
    }

    private BufferedImage resized(BufferedImage image) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static DataFormatException notAnImage(Path file) {
        return new DataFormatException(file.toAbsolutePath() + " is not an image javax.imageio can decode "
                + "(PNG, JPEG, BMP, GIF): convert it or move it out of the class folder");
    }
}
