package dev.modelspec.workbench;

import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A candidate that is a SavedModel of another graph, made elsewhere ({@link CompressionStep#shippedInstead}):
 * its directory is copied into the entry's {@value CandidateBuilder#SHIPPED}/ (what is evaluated, sized
 * and timed) and exported as it is into {@code model/} (whose variables the sparsity is read from). Steps
 * after it start from that model: their weights are its variables, their graph its graph.
 */
final class ForeignCandidate {

    private ForeignCandidate() {}

    /** A step that ships {@code directory} in place of the model: the recipe's step {@code index}. */
    record Replacement(int index, Path directory) {}

    /** The last of {@code recipe}'s steps from {@code stepsDone} on that ships a directory in place of the model, if any. */
    static Optional<Replacement> of(Recipe recipe, int stepsDone, SavedModel start, WeightSet weights) {
        Optional<Replacement> found = Optional.empty();
        for (int i = recipe.steps().size() - 1; i >= stepsDone && found.isEmpty(); i--) {
            int index = i;
            found = recipe.steps().get(i).shippedInstead(start, weights).map(path -> new Replacement(index, path));
        }
        return found;
    }

    /** Copies {@code directory} into {@code staging}'s shipped model and exports it as it is into {@code model}. */
    static void ship(Path directory, SavedModelReference start, Path staging, Path model) throws IOException {
        Path shipped = staging.resolve(CandidateBuilder.SHIPPED);
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = shipped.resolve(directory.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        try (SavedModel opened = SavedModel.open(start.withDirectory(shipped))) {
            opened.exportTo(model, ExportOptions.asIs());
        }
    }
}
