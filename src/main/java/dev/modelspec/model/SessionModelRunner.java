package dev.modelspec.model;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * A {@link ModelRunner} that feeds the SavedModel's TensorFlow session directly: one copy of the
 * inputs into a tensor, one copy of the outputs out of it, no eager handles in between. This is
 * the path evaluation takes; see docs/metrics.md for the measured comparison with DJL's Predictor.
 */
final class SessionModelRunner extends BatchingModelRunner {

    private final SavedModelBundle bundle;
    private final Session session;
    private final String inputTensor;
    private final String outputTensor;
    private TFloat32 inputBuffer;

    private SessionModelRunner(SavedModelReference reference, SavedModelBundle bundle, SignatureDescription signature,
            List<SignatureDescription> all) {
        super(reference, signature, all);
        this.bundle = bundle;
        this.session = bundle.session();
        this.inputTensor = signature.singleInput().tensorName();
        this.outputTensor = signature.singleOutput().tensorName();
    }

    static SessionModelRunner open(SavedModelReference reference) {
        TensorFlowRuntime.start();
        SavedModel model = SavedModel.open(reference);
        try {
            return new SessionModelRunner(reference, model.bundle(), model.signature(), model.signatures());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    float[] runBatch(float[] inputs, long[] shape) {
        TFloat32 tensor = inputTensorOf(shape);
        tensor.asRawTensor().data().asFloats().write(inputs);
        try (Result result = session.runner().feed(inputTensor, tensor).fetch(outputTensor).run()) {
            Tensor output = result.get(0);
            float[] values = new float[Math.toIntExact(output.shape().size())];
            output.asRawTensor().data().asFloats().read(values);
            return values;
        }
    }

    /**
     * The input tensor, reused while the batch shape stays the same: a fresh native tensor per batch
     * costs page faults that measurably slow small models (see docs/metrics.md).
     */
    private TFloat32 inputTensorOf(long[] shape) {
        if (inputBuffer == null || !java.util.Arrays.equals(inputBuffer.shape().asArray(), shape)) {
            if (inputBuffer != null) {
                inputBuffer.close();
            }
            inputBuffer = TFloat32.tensorOf(Shape.of(shape));
        }
        return inputBuffer;
    }

    @Override
    public void close() {
        if (inputBuffer != null) {
            inputBuffer.close();
        }
        bundle.close();
    }
}
