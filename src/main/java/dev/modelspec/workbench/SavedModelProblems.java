package dev.modelspec.workbench;

import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What is wrong with a SavedModel, in the user's words rather than TensorFlow's: checked before the
 * model is loaded where the files tell, translated from TensorFlow's failure where only loading tells.
 */
final class SavedModelProblems {

    private static final Pattern SHARD = Pattern.compile("variables\\.data-(\\d+)-of-(\\d+)");
    private static final List<String> DAMAGE = List.of("Read less bytes than requested", "Data loss", "truncated",
            "corrupted", "Checksum does not match", "too short to be an sstable", "not an sstable");

    private SavedModelProblems() {}

    /**
     * Fails with what is missing or unreadable when {@code directory} holds a SavedModel's graph but
     * cannot be a complete SavedModel: the variables' index, every data shard the index's name
     * promises, readable files. A directory without a graph is left to the model layer, which says so.
     */
    static void checkComplete(Path directory) {
        if (!Files.isRegularFile(directory.resolve("saved_model.pb"))) {
            return;
        }
        Path variables = directory.resolve("variables");
        if (!Files.isRegularFile(variables.resolve("variables.index"))) {
            throw new IllegalStateException("the SavedModel at " + directory + " has no variables/variables.index: "
                    + "it is incomplete, re-export it");
        }
        List<String> shards = list(variables).stream().map(path -> path.getFileName().toString())
                .filter(name -> SHARD.matcher(name).matches()).toList();
        if (shards.isEmpty()) {
            throw new IllegalStateException("the SavedModel at " + directory + " has no variables/variables.data-* "
                    + "file: it is incomplete, re-export it");
        }
        Matcher first = SHARD.matcher(shards.get(0));
        first.matches();
        int total = Integer.parseInt(first.group(2));
        for (int shard = 0; shard < total; shard++) {
            String name = "variables.data-%05d-of-%05d".formatted(shard, total);
            if (!shards.contains(name)) {
                throw new IllegalStateException("the SavedModel at " + directory + " has no variables/" + name
                        + " (shard " + (shard + 1) + " of " + total + "): it is incomplete, re-export it");
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).filter(file -> !Files.isReadable(file)).findFirst().ifPresent(file -> {
                throw new IllegalStateException("the SavedModel at " + directory + " has a file this process cannot "
                        + "read: " + directory.relativize(file) + "; make it readable (e.g. chmod a+r)");
            });
        } catch (IOException e) {
            throw new IllegalStateException("the SavedModel at " + directory + " cannot be listed: " + e, e);
        }
    }

    /** {@code failure} of loading or running {@code what}, explained when TensorFlow's words are known. */
    static RuntimeException explained(String what, Path directory, RuntimeException failure) {
        String said = tensorFlowSays(failure);
        if (DAMAGE.stream().anyMatch(said::contains)) {
            return new IllegalStateException(what + " at " + directory + " is truncated or damaged (TensorFlow: " + said
                    + "): re-export it, or copy it again if it was copied or downloaded", failure);
        }
        if (said.contains("Could not find variable")) {
            return new IllegalStateException(what + " at " + directory + " lacks the values of its variables (TensorFlow: "
                    + said + "): its variables/ directory is incomplete, re-export it", failure);
        }
        return failure;
    }

    /** The first variable of {@code model} holding a NaN or infinite value, with how many it holds. */
    static Optional<String> nonFiniteWeights(SavedModelReference model) {
        try (SavedModel opened = SavedModel.open(model)) {
            WeightSet weights = opened.readWeights();
            return weights.entries().stream().map(entry -> {
                long bad = 0;
                for (float value : entry.tensor().values()) {
                    bad += Float.isFinite(value) ? 0 : 1;
                }
                return bad == 0 ? null : entry.variable().name() + " holds " + bad + " NaN or infinite value"
                        + (bad == 1 ? "" : "s");
            }).filter(found -> found != null).findFirst();
        }
    }

    private static String tensorFlowSays(Throwable failure) {
        String deepest = String.valueOf(failure.getMessage());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            deepest = String.valueOf(cause.getMessage());
        }
        return deepest.lines().findFirst().orElse("").trim();
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
