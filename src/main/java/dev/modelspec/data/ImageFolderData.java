package dev.modelspec.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Images in one sub-folder per class, the layout Keras' {@code image_dataset_from_directory} reads:
 * {@code root/cat/001.png}, {@code root/dog/002.jpg}. Classes are the sub-folders in name order (or
 * as declared with {@link #classes}), their names carried as the data's {@link LabeledData#classNames()};
 * images are the PNG, JPEG, BMP and GIF files in each, in name order. Images are decoded with
 * {@code javax.imageio} batch by batch as they are read, resized (bilinear) to {@link #size},
 * and scaled to {@code [0, 1]}.
 *
 * <pre>{@code
 * public final class FlowerPhotos implements DataProvider {
 *     public LabeledData load() {
 *         return ImageFolderData.from(Path.of("data/flowers/test")).size(64, 64).rgb().read();
 *     }
 * }
 * }</pre>
 *
 * <p>Each example has the shape {@code [height, width, channels]}, channels last: 1 for
 * {@link #grayscale()} (the default), 3 for {@link #rgb()}. An alpha channel is dropped.
 */
public final class ImageFolderData {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private final Path root;
    private int height;
    private int width;
    private boolean rgb;
    private List<String> classes;

    private ImageFolderData(Path root) {
        this.root = root;
    }

    /** The class folders under {@code root}. */
    public static ImageFolderData from(Path root) {
        return new ImageFolderData(Objects.requireNonNull(root, "root"));
    }

    /** The size every image is resized to. */
    public ImageFolderData size(int height, int width) {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("An image size must be positive, but was " + height + "x" + width);
        }
        this.height = height;
        this.width = width;
        return this;
    }

    /** One channel per pixel: {@code 0.2989 R + 0.587 G + 0.114 B}, as {@code tf.image.rgb_to_grayscale}. */
    public ImageFolderData grayscale() {
        this.rgb = false;
        return this;
    }

    /** Three channels per pixel, red, green, blue. */
    public ImageFolderData rgb() {
        this.rgb = true;
        return this;
    }

    /** Only these class folders, in this order: label {@code i} is folder {@code names[i]}. */
    public ImageFolderData classes(String... names) {
        this.classes = ClassNames.checked(List.of(names), "the declared classes");
        return this;
    }

    /**
     * Lists the images and checks that each is in a format {@code javax.imageio} decodes.
     *
     * @throws DataFormatException if the folder or a class folder is missing or empty, or a file is not
     *     a decodable image; the message names the folder or file
     */
    public LabeledData read() {
        if (height == 0) {
            throw new IllegalStateException("Give the size the model expects before reading " + root
                    + ": ImageFolderData.from(root).size(height, width).read()");
        }
        List<String> names = classes != null ? classes : folders();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < names.size(); label++) {
            List<Path> images = images(root.resolve(names.get(label)));
            images.forEach(ImageDecoder::checkDecodable);
            files.addAll(images);
            for (int i = 0; i < images.size(); i++) {
                labels.add(label);
            }
        }
        String settings = "images " + names + " " + height + "x" + width + (rgb ? " rgb" : " gray");
        String name = SourceFingerprint.name(root.toAbsolutePath().normalize().getFileName().toString(), settings, files);
        ImageDecoder decoder = new ImageDecoder(height, width, rgb);
        return new ImageFolderExamples(name, files, labels.stream().mapToInt(Integer::intValue).toArray(), names, decoder);
    }

    private List<String> folders() {
        if (!Files.isDirectory(root)) {
            throw new DataFormatException("No image folder " + root.toAbsolutePath()
                    + ": point it at a folder with one sub-folder of images per class");
        }
        try (Stream<Path> children = Files.list(root)) {
            List<String> names = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
            if (names.isEmpty()) {
                throw new DataFormatException(root.toAbsolutePath() + " has no sub-folders: put the images of each class "
                        + "in a sub-folder named after the class, e.g. " + root.resolve("cat").resolve("001.png"));
            }
            return names;
        } catch (IOException e) {
            throw new DataFormatException("Cannot list " + root.toAbsolutePath() + " (" + e + ")", e);
        }
    }

    private static List<Path> images(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DataFormatException("No class folder " + folder.toAbsolutePath()
                    + ": create it or leave its class out of classes(...)");
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> images = children.filter(Files::isRegularFile).filter(ImageFolderData::isImage).sorted().toList();
            if (images.isEmpty()) {
                throw new DataFormatException("The class folder " + folder.toAbsolutePath() + " holds no images ("
                        + String.join(", ", EXTENSIONS.stream().sorted().toList()) + "): add some or remove the folder");
            }
            return images;
        } catch (IOException e) {
            throw new DataFormatException("Cannot list " + folder.toAbsolutePath() + " (" + e + ")", e);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
