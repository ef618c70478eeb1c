package dev.modelspec.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Image files with their labels, decoded only when their examples are copied out. */
final class ImageFolderExamples extends ArrayLabeledData {

    private final List<Path> files;
    private final ImageDecoder decoder;

    /** {@code files.get(i)} is labelled {@code labels[i]}, the index of its folder in {@code classNames}. */
    ImageFolderExamples(String name, List<Path> files, int[] labels, List<String> classNames, ImageDecoder decoder) {
        super(name, labels, classNames.size(), Optional.of(List.copyOf(classNames)));
        this.files = List.copyOf(files);
        this.decoder = decoder;
    }

    @Override
    public int[] exampleShape() {
        return decoder.shape();
    }

    @Override
    void copyExamples(int from, int count, float[] target, int offset) {
        int length = exampleLength();
        for (int i = 0; i < count; i++) {
            decoder.decode(files.get(from + i), target, offset + i * length);
        }
    }
}
