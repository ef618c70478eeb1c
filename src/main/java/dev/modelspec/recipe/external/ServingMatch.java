package dev.modelspec.recipe.external;

import dev.modelspec.model.SavedModel;
import dev.modelspec.model.TensorSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a SavedModel of another graph, opened with the baseline's signature key, can stand in for the
 * baseline: the same input and output keys, element types and compatible shapes ({@code -1} matches any size).
 */
final class ServingMatch {

    private ServingMatch() {}

    /**
     * Checks that {@code other}, opened with {@code baseline}'s signature key, serves like it.
     *
     * @throws IllegalArgumentException naming both directories and every difference
     */
    static void check(SavedModel baseline, Path otherDirectory, SavedModel other) {
        String key = baseline.reference().signatureKey();
        Path baselineDirectory = baseline.reference().directory();
        List<String> differences = new ArrayList<>();
        compare("input", baseline.signature().inputs(), other.signature().inputs(), differences);
        compare("output", baseline.signature().outputs(), other.signature().outputs(), differences);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("The external candidate " + otherDirectory + " has another graph than the "
                    + "baseline " + baselineDirectory + " and does not serve like it: " + String.join("; ", differences)
                    + ". Export it with the baseline's signature '" + key + "', input and output keys and shapes "
                    + "(or, to copy its weights into the baseline's graph, with the baseline's variable names and shapes)");
        }
    }

    private static void compare(String what, List<TensorSpec> baseline, List<TensorSpec> other, List<String> differences) {
        for (TensorSpec expected : baseline) {
            Optional<TensorSpec> actual = other.stream().filter(t -> t.key().equals(expected.key())).findFirst();
            if (actual.isEmpty()) {
                differences.add("it has no " + what + " '" + expected.key() + "' (its " + what + "s: "
                        + other.stream().map(TensorSpec::key).toList() + ")");
            } else if (!expected.dataType().equals(actual.get().dataType())
                    || !compatible(expected.shape(), actual.get().shape())) {
                differences.add("its " + what + " '" + expected.key() + "' is " + actual.get().dataType()
                        + Arrays.toString(actual.get().shape()) + ", the baseline's " + expected.dataType()
                        + Arrays.toString(expected.shape()));
            }
        }
        other.stream().filter(t -> baseline.stream().noneMatch(b -> b.key().equals(t.key())))
                .forEach(t -> differences.add("it has an " + what + " '" + t.key() + "' the baseline does not"));
    }

    private static boolean compatible(long[] expected, long[] actual) {
        if (expected.length == 0 || actual.length == 0) {
            return true;
        }
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] >= 0 && actual[i] >= 0 && expected[i] != actual[i]) {
                return false;
            }
        }
        return true;
    }
}
