package dev.modelspec.recipe.external;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelHash;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The weights of a SavedModel made elsewhere, e.g. pruned or clustered by a Python pipeline, as a
 * candidate: every weight of the baseline is replaced by the other model's variable of the same name
 * and shape, and the result is evaluated and gated by the spec's tolerances like any candidate.
 *
 * <pre>{@code
 * @CompressionRecipe
 * static Recipe prunedInPython() {
 *     return Recipe.of(ExternalCandidate.savedModel(Path.of("build/python/fraud-v3-pruned")));
 * }
 * }</pre>
 *
 * <p>The other model must have the baseline's architecture: its variables are read, the baseline's
 * graph is what runs. Its canonical form holds a content hash of the directory, so a changed model is
 * never mistaken for a cached one.
 */
public final class ExternalCandidate implements CompressionStep {

    private final Path directory;
    private final String contentHash;

    private ExternalCandidate(Path directory, String contentHash) {
        this.directory = directory;
        this.contentHash = contentHash;
    }

    /**
     * The SavedModel in {@code directory} (relative to the working directory, or absolute); its content
     * is hashed now.
     *
     * @throws IllegalArgumentException if the directory holds no {@code saved_model.pb}
     */
    public static ExternalCandidate savedModel(Path directory) {
        Path absolute = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("saved_model.pb"))) {
            throw new IllegalArgumentException("No SavedModel in " + absolute + " (no saved_model.pb there): point "
                    + "ExternalCandidate.savedModel at the directory tf.saved_model.save wrote");
        }
        return new ExternalCandidate(absolute, SavedModelHash.of(absolute));
    }

    /** The directory the weights come from. */
    public Path directory() {
        return directory;
    }

    @Override
    public String canonicalForm() {
        return "external.savedModel(path=" + directory + ",sha256=" + contentHash + ")";
    }

    /**
     * Replaces every weight by the other model's.
     *
     * @throws IllegalArgumentException naming the directory and variable if the other model lacks one of the
     *     baseline's weights, holds it in another shape, or has float weights the baseline does not
     */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        context.progress("read weights of " + directory);
        try (SavedModel model = SavedModel.open(SavedModelReference.of(directory))) {
            WeightSet other = model.readWeights();
            List<String> extra = other.entries().stream().map(e -> e.variable().name())
                    .filter(name -> !weights.contains(name)).toList();
            if (!extra.isEmpty()) {
                throw mismatch("has weights the baseline does not: " + extra);
            }
            for (WeightSet.Entry entry : weights.entries()) {
                String name = entry.variable().name();
                if (!other.contains(name)) {
                    throw mismatch("has no variable " + name + " of the baseline");
                }
                FloatTensor values = other.get(name).tensor();
                if (!Arrays.equals(values.shape(), entry.tensor().shape())) {
                    throw mismatch("holds " + name + " in shape " + Arrays.toString(values.shape()) + ", the baseline in "
                            + Arrays.toString(entry.tensor().shape()));
                }
                System.arraycopy(values.values(), 0, entry.tensor().values(), 0, values.size());
            }
        }
    }

    private IllegalArgumentException mismatch(String what) {
        return new IllegalArgumentException("The SavedModel " + directory + " " + what + "; an external candidate must "
                + "have the baseline's architecture and variable names (ModelSpec runs the baseline's graph with its "
                + "weights): export it from the same model definition");
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
