package dev.modelspec.recipe.external;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelAccessException;
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
import java.util.Optional;

/**
 * A SavedModel made elsewhere, e.g. pruned, clustered or distilled by a Python pipeline, as a candidate,
 * evaluated and gated by the spec's tolerances like any candidate.
 *
 * <pre>{@code
 * @CompressionRecipe
 * static Recipe prunedInPython() {
 *     return Recipe.of(ExternalCandidate.savedModel(Path.of("build/python/fraud-v3-pruned")));
 * }
 * }</pre>
 *
 * <p>When the other model has the baseline's architecture (every float variable of the baseline, by
 * name and shape, and no other), its weights are copied into the baseline's graph, and steps can follow
 * it in a recipe. When it has another graph (filters removed by NNCF or tfmot, a distilled student, a
 * re-export with other variable names), the candidate <em>is</em> that SavedModel: the workbench copies
 * the directory into the cache entry and evaluates, sizes and times it, see {@link #shippedInstead}. It
 * must then serve like the baseline (same signature key, input and output keys, element types and
 * compatible shapes). Steps after it in the recipe edit its own variables (e.g. {@code
 * .then(Quantization.int8())}); steps before it have no effect, as before any external candidate. Its
 * sparsity is read from its own variables: a model with fewer or smaller weights is not sparser for it,
 * so gate such a candidate on its sizes, not its sparsity.
 *
 * <p>Its canonical form holds a content hash of the directory, so a changed model is never mistaken for
 * a cached one.
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
     * The other model's directory when its graph is not the baseline's: its float variables differ from
     * {@code weights} (the baseline's) in names or shapes; empty when its weights are copied by {@link #apply}.
     *
     * @throws IllegalArgumentException naming both directories and what differs if the other model has
     *     another graph and does not serve like {@code start} (signature key, input and output keys and
     *     shapes), or naming the directory if its content changed since this step was made (its cache key)
     */
    @Override
    public Optional<Path> shippedInstead(SavedModel start, WeightSet weights) {
        if (!SavedModelHash.of(directory).equals(contentHash)) {
            throw new IllegalArgumentException("The SavedModel " + directory + " changed while the spec ran (its "
                    + "content is no longer the one its recipe was keyed by): run the tests again once it is written");
        }
        try (SavedModel model = openedLike(start)) {
            if (sameVariables(model.readWeights(), weights)) {
                return Optional.empty();
            }
            ServingMatch.check(start, directory, model);
            return Optional.of(directory);
        }
    }

    private SavedModel openedLike(SavedModel start) {
        SavedModelReference baseline = start.reference();
        try {
            return SavedModel.open(baseline.withDirectory(directory));
        } catch (ModelAccessException e) {
            throw new IllegalArgumentException("The external candidate " + directory + " cannot be opened like the "
                    + "baseline " + baseline.directory() + " (tags " + baseline.tags() + ", signature '"
                    + baseline.signatureKey() + "'): " + e.getMessage() + ". Export it with the baseline's tags and "
                    + "signature key", e);
        }
    }

    private static boolean sameVariables(WeightSet other, WeightSet weights) {
        return other.entries().size() == weights.entries().size() && weights.entries().stream().allMatch(entry ->
                other.contains(entry.variable().name())
                        && Arrays.equals(other.get(entry.variable().name()).tensor().shape(), entry.tensor().shape()));
    }

    /**
     * Replaces every weight by the other model's, when it has the baseline's architecture.
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
                + "have the baseline's architecture and variable names to have its weights copied into the baseline's "
                + "graph; a model of another graph is shipped as it is by the workbench (see shippedInstead)");
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
