package dev.modelspec.model;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import dev.modelspec.runtime.TensorFlowRuntime;
import java.io.IOException;

/**
 * A {@link ModelRunner} that loads the model through DJL's TensorFlow engine and predicts with a DJL
 * {@link Predictor}: what a DJL user deploying the model would run.
 */
public final class DjlModelRunner extends BatchingModelRunner {

    private final SavedModelReference reference;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;

    private DjlModelRunner(SavedModelReference reference, ZooModel<NDList, NDList> model, SignatureDescription signature) {
        super(reference, signature);
        this.reference = reference;
        this.model = model;
        this.predictor = model.newPredictor();
    }

    /**
     * Loads the model {@code reference} points at through DJL.
     *
     * @throws ModelAccessException if it cannot be loaded, naming the directory
     */
    public static DjlModelRunner load(SavedModelReference reference) {
        SignatureDescription signature;
        try (SavedModel described = SavedModel.open(reference)) {
            signature = described.signature();
        }
        TensorFlowRuntime.start();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(reference.directory())
                .optEngine("TensorFlow")
                .optOption("Tags", String.join(",", reference.tags()))
                .optOption("SignatureDefKey", reference.signatureKey())
                .build();
        try {
            return new DjlModelRunner(reference, criteria.loadModel(), signature);
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new ModelAccessException("DJL cannot load the SavedModel at " + reference.directory() + ": " + e.getMessage(), e);
        }
    }

    @Override
    float[] runBatch(float[] inputs, int count) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray array = manager.create(inputs, new Shape(batchShape(0, count)));
            return predictor.predict(new NDList(array)).get(0).toFloatArray();
        } catch (TranslateException e) {
            throw new ModelAccessException("Prediction failed for " + reference.directory() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
