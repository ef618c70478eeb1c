package dev.modelspec.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Class names from a labels file: one name per line, in label order (line 1 names label 0), as
 * TensorFlow's image classifiers ship them in {@code labels.txt}. Trailing blank lines are ignored.
 */
public final class ClassNames {

    private ClassNames() {}

    /**
     * Reads the class names in {@code labelsFile} (UTF-8).
     *
     * @throws DataFormatException if the file is missing, empty, or has a blank or repeated name,
     *     naming the file and line
     */
    public static List<String> read(Path labelsFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(labelsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFormatException("Cannot read the labels file " + labelsFile.toAbsolutePath() + " (" + e
                    + "): point it at a text file with one class name per line", e);
        }
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (end == 0) {
            throw new DataFormatException("The labels file " + labelsFile.toAbsolutePath()
                    + " names no class: write one class name per line, label 0 first");
        }
        List<String> names = lines.subList(0, end).stream().map(String::strip).toList();
        try {
            return checked(names, "the labels file " + labelsFile.toAbsolutePath());
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(e.getMessage(), e);
        }
    }

    /**
     * The names, copied, if each is non-blank and distinct.
     *
     * @param source where they come from, for the message
     * @throws IllegalArgumentException naming the source, the position (1-based line) and the fix
     */
    static List<String> checked(List<String> names, String source) {
        Objects.requireNonNull(names, "names");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Class name %d (line %d) of %s is blank: give every class a name"
                        .formatted(i, i + 1, source));
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Class name %d (line %d) of %s, \"%s\", is given twice: class names must differ"
                        .formatted(i, i + 1, source, name));
            }
        }
        return List.copyOf(names);
    }
}
