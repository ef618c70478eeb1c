package dev.modelspec.model;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.proto.SignatureDef;

/**
 * A SavedModel opened for weight surgery: describes its signatures and variables, reads and writes
 * weights, and exports modified copies.
 *
 * <p>Changes made through {@link #write} live only in this open session; the directory it was
 * opened from is never written. Use {@link #exportTo} to save a modified copy. Not thread-safe.
 *
 * <pre>{@code
 * try (SavedModel model = SavedModel.open(SavedModelReference.of(dir))) {
 *     WeightSet weights = model.readWeights();
 *     // ... change weights ...
 *     model.writeWeights(weights);
 *     model.exportTo(target, ExportOptions.asIs());
 * }
 * }</pre>
 */
public final class SavedModel implements AutoCloseable {

    private final SavedModelReference reference;
    private final SavedModelBundle bundle;
    private final List<SignatureDescription> signatures;
    private final List<GraphVariable> variables;
    private final VariableAccess access;

    private SavedModel(SavedModelReference reference, SavedModelBundle bundle) {
        this.reference = reference;
        this.bundle = bundle;
        this.signatures = SignatureReader.describe(bundle.metaGraphDef().getSignatureDefMap());
        SignatureDef selected = bundle.metaGraphDef().getSignatureDefMap().get(reference.signatureKey());
        if (selected == null) {
            throw new ModelAccessException("the SavedModel at " + reference.directory() + " has no signature '"
                    + reference.signatureKey() + "'; it has " + signatureKeys() + ". Choose one of these as the signature "
                    + "key: @ModelSpec(signature = …)");
        }
        List<String> outputs = new ArrayList<>();
        selected.getOutputsMap().values().forEach(info -> outputs.add(info.getName()));
        VariableCatalog.Catalog catalog = VariableCatalog.of(bundle.graph(), bundle.metaGraphDef(), reference.directory(), outputs);
        this.variables = catalog.variables();
        this.access = new VariableAccess(bundle.graph(), bundle.session());
        access.copyValues(catalog.unrestored());
    }

    /**
     * Opens the model {@code reference} points at.
     *
     * @throws ModelAccessException if there is no SavedModel there, the tags match no MetaGraph, or
     *     the signature does not exist; the message names the directory and what to change
     */
    public static SavedModel open(SavedModelReference reference) {
        Path directory = reference.directory();
        if (!Files.isRegularFile(directory.resolve("saved_model.pb"))) {
            throw new ModelAccessException("No SavedModel at " + directory + ": saved_model.pb is missing. "
                    + "Point the baseline at a directory written by tf.saved_model.save or Keras model.save/export.");
        }
        TensorFlowRuntime.start();
        SavedModelBundle bundle;
        try {
            bundle = SavedModelBundle.load(directory.toString(), reference.tags().toArray(String[]::new));
        } catch (RuntimeException e) {
            throw loadFailure(reference, e);
        }
        try {
            return new SavedModel(reference, bundle);
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    private static ModelAccessException loadFailure(SavedModelReference reference, RuntimeException failure) {
        Path directory = reference.directory();
        List<List<String>> tagSets = MetaGraphTags.read(directory);
        if (tagSets.isEmpty()) {
            return new ModelAccessException("the SavedModel at " + directory + " has a saved_model.pb that is no "
                    + "SavedModel graph (TensorFlow: " + firstLine(failure) + "): it is damaged or not a SavedModel (a Git LFS "
                    + "pointer, an interrupted copy?); re-export it, or copy it again", failure);
        }
        if (tagSets.stream().noneMatch(tags -> Set.copyOf(tags).equals(Set.copyOf(reference.tags())))) {
            return new ModelAccessException("Cannot load the SavedModel at " + directory + " with tags " + reference.tags()
                    + ": it has the tag sets " + tagSets + ". Choose one of these: @ModelSpec(tags = …)", failure);
        }
        return new ModelAccessException("Cannot load the SavedModel at " + directory + " with tags " + reference.tags()
                + " (it has " + tagSets + "): " + failure.getMessage(), failure);
    }

    private static String firstLine(RuntimeException failure) {
        return String.valueOf(failure.getMessage()).lines().findFirst().orElse("").trim();
    }

    /** Where this model was opened from. */
    public SavedModelReference reference() {
        return reference;
    }

    /** Every signature of the loaded MetaGraph, sorted by key. */
    public List<SignatureDescription> signatures() {
        return signatures;
    }

    /** The signature chosen by the reference. */
    public SignatureDescription signature() {
        return signature(reference.signatureKey());
    }

    /** The signature with this key. */
    public SignatureDescription signature(String key) {
        return signatures.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() ->
                new NoSuchElementException(reference.directory() + " has no signature '" + key + "'; it has " + signatureKeys()));
    }

    /** Every variable, once each, in graph order. */
    public List<ModelVariable> variables() {
        return variables.stream().map(GraphVariable::description).toList();
    }

    /**
     * The name under which {@link #variables()} lists the variable that the graph node {@code handle}
     * (a {@code VarHandleOp} or {@code VariableV2}) holds, if it holds one of them.
     */
    public Optional<String> variableHeldBy(String handle) {
        return variables.stream().filter(v -> v.handles().stream().anyMatch(h -> h.name().equals(handle)))
                .map(v -> v.description().name()).findFirst();
    }

    /** The float variables that are not training state: what compression works on. */
    public WeightSet readWeights() {
        return readWeights(v -> v.isFloat() && v.role() != VariableRole.TRAINING_STATE);
    }

    /** The float variables accepted by {@code filter}, with their current values. */
    public WeightSet readWeights(Predicate<ModelVariable> filter) {
        WeightSet weights = new WeightSet();
        for (GraphVariable variable : variables) {
            if (variable.description().isFloat() && filter.test(variable.description())) {
                weights.add(variable.description(), access.read(variable));
            }
        }
        return weights;
    }

    /** The current values of the float variable {@code name}. */
    public FloatTensor read(String name) {
        return access.read(find(name));
    }

    /** Replaces the values of every variable in {@code weights} in this session. */
    public void writeWeights(WeightSet weights) {
        for (WeightSet.Entry entry : weights.entries()) {
            access.write(find(entry.variable().name()), entry.tensor());
        }
    }

    /** Replaces the values of the float variable {@code name} in this session. */
    public void write(String name, FloatTensor values) {
        access.write(find(name), values);
    }

    /** Sets every {@link VariableRole#TRAINING_STATE} variable to zero in this session. */
    public void zeroTrainingState() {
        variables.stream().filter(v -> v.description().role() == VariableRole.TRAINING_STATE).forEach(access::zero);
    }

    /**
     * Writes a copy of this model, with the current values of its variables, to {@code target}.
     *
     * @throws ModelAccessException if {@code target} is the source directory or cannot be written
     */
    public void exportTo(Path target, ExportOptions options) {
        if (options.zeroTrainingState()) {
            zeroTrainingState();
        }
        new SavedModelExporter(reference.directory(), bundle.session()).export(target);
    }

    /** The TensorFlow bundle, for the model layer's own services (signatures, fine-tuning). */
    SavedModelBundle bundle() {
        return bundle;
    }

    /** The variables with their graph nodes, for the model layer's own services (activation sampling). */
    List<GraphVariable> graphVariables() {
        return variables;
    }

    private GraphVariable find(String name) {
        return variables.stream().filter(v -> v.description().name().equals(name)).findFirst().orElseThrow(() ->
                new NoSuchElementException("No variable '" + name + "' in " + reference.directory() + "; it has "
                        + variables.stream().map(v -> v.description().name()).toList()));
    }

    private List<String> signatureKeys() {
        return signatures.stream().map(SignatureDescription::key).toList();
    }

    @Override
    public void close() {
        bundle.close();
    }
}
