package dev.modelspec.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Runs any float32 signature of an open SavedModel in TF Java, with several inputs and outputs. */
final class SignatureRun {

    private SignatureRun() {}

    /** Every output of {@code signature} by key, for float inputs by key of {@code count} examples. */
    static Map<String, float[]> run(SavedModel model, String signature, Map<String, float[]> inputs, int count) {
        SignatureDescription description = model.signature(signature);
        Session.Runner runner = model.bundle().session().runner();
        List<Tensor> fed = new ArrayList<>();
        try {
            for (Map.Entry<String, float[]> input : inputs.entrySet()) {
                TensorSpec spec = description.input(input.getKey());
                long[] shape = new long[spec.shape().length];
                shape[0] = count;
                System.arraycopy(spec.shape(), 1, shape, 1, shape.length - 1);
                TFloat32 tensor = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(input.getValue(), true, false));
                fed.add(tensor);
                runner.feed(spec.tensorName(), tensor);
            }
            List<TensorSpec> outputs = description.outputs();
            outputs.forEach(o -> runner.fetch(o.tensorName()));
            Map<String, float[]> values = new LinkedHashMap<>();
            try (Result result = runner.run()) {
                for (int i = 0; i < outputs.size(); i++) {
                    Tensor output = result.get(i);
                    float[] flat = new float[Math.toIntExact(output.shape().size())];
                    output.asRawTensor().data().asFloats().read(flat);
                    values.put(outputs.get(i).key(), flat);
                }
            }
            return values;
        } finally {
            fed.forEach(Tensor::close);
        }
    }
}
