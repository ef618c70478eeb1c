package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelAccessException;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.proto.MetaGraphDef;

/**
 * The bridge between an open {@link SavedModel} and its {@link FlatGraph}: inline the model's
 * selected signature, copy the weights' current values out of the model's session, and copy trained
 * values back in, so that the model's normal export writes them.
 */
public final class SavedModelFlattening {

    private SavedModelFlattening() {}

    /**
     * The flat graph of {@code model}'s selected signature, read from its {@code saved_model.pb}.
     *
     * @throws GraphRewriteException if the serving computation uses an op the inliner cannot express
     */
    public static FlatGraph inline(SavedModel model) {
        SavedModelReference reference = model.reference();
        return FlatGraph.inline(metaGraph(reference.directory(), reference), reference.signatureKey())
                .withSourceVariables(handle -> model.variableHeldBy(handle).orElseThrow(() -> new GraphRewriteException(
                        "The serving signature of " + reference.directory() + " reads the variable node " + handle
                                + ", which the model's saver never restores")));
    }

    /** The current values of {@code flat}'s weights in {@code model}'s session, by flat weight name. */
    public static Map<String, FloatTensor> readValues(SavedModel model, FlatGraph flat) {
        Map<String, FloatTensor> values = new LinkedHashMap<>();
        flat.variables().forEach(v -> values.put(v.name(), model.read(v.sourceVariable())));
        return values;
    }

    /** Writes {@code values} (by flat weight name) into the variables of {@code model} they came from. */
    public static void writeValues(SavedModel model, FlatGraph flat, Map<String, FloatTensor> values) {
        flat.variables().forEach(v -> model.write(v.sourceVariable(), values.get(v.name())));
    }

    /**
     * Writes a serving-only copy of {@code model} to the new directory {@code target}: its selected
     * signature as one flat graph with the weights' current values, no training state, no other
     * signatures and no object graph. TF Java, TF Serving, Python's {@code tf.saved_model.load} and the
     * TFLite converter all read it the same way (docs/model-layer.md).
     *
     * @throws GraphRewriteException if the serving computation uses an op the inliner cannot express
     * @throws ModelAccessException if {@code target} exists or cannot be written
     */
    public static void exportServingOnly(SavedModel model, Path target) {
        FlatGraph flat = inline(model);
        FlatSavedModelWriter.write(flat, readValues(model, flat), target);
    }

    /** The MetaGraph of the SavedModel in {@code directory} whose tags are those of {@code reference}. */
    static MetaGraphDef metaGraph(Path directory, SavedModelReference reference) {
        Path file = directory.resolve("saved_model.pb");
        org.tensorflow.proto.SavedModel savedModel;
        try (InputStream in = Files.newInputStream(file)) {
            savedModel = org.tensorflow.proto.SavedModel.parseFrom(in);
        } catch (IOException e) {
            throw new ModelAccessException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return savedModel.getMetaGraphsList().stream()
                .filter(m -> m.getMetaInfoDef().getTagsList().containsAll(reference.tags())
                        && reference.tags().containsAll(m.getMetaInfoDef().getTagsList()))
                .findFirst()
                .orElseThrow(() -> new ModelAccessException(file + " has no MetaGraph tagged " + reference.tags()));
    }
}
