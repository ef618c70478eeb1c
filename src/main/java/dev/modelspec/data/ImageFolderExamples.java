package dev.modelspec.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Image files with their labels, decoded only when their examples are copied out. */
final class ImageFolderExamples implements LabeledData {

    private final String name;
    private final List<Path> files;
    private final int[] labels;
    private final List<String> classNames;
    private final ImageDecoder decoder;

    ImageFolderExamples(String name, List<Path> files, int[] labels, List<String> classNames, ImageDecoder decoder) {
        this.name = name;
        this.files = List.copyOf(files);
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        this.decoder = decoder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int[] exampleShape() {
        return decoder.shape();
    }

    @Override
    public int classCount() {
        return classNames.size();
    }

    @Override
    public Optional<List<String>> classNames() {
        return Optional.of(classNames);
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size());
        int length = exampleLength();
        for (int i = 0; i < count; i++) {
            decoder.decode(files.get(from + i), target, offset + i * length);
        }
    }
}
