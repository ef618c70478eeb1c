package dev.modelspec.model.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.types.TFloat32;

/**
 * The equivalence check after a rewrite: both graphs run on the same {@value #ROWS} rows of seeded
 * uniform [0, 1) inputs, and the largest absolute difference of any output element is returned with
 * the largest output magnitude, so a caller can hold it against a relative tolerance. Signatures
 * with non-float32 inputs or unknown non-batch dimensions cannot be probed.
 */
final class EquivalenceProbe {

    /** How far the outputs of two graphs are apart on the probe inputs, beside the outputs' size. */
    record Difference(double maxAbs, double maxMagnitude) {

        /** Whether the difference is within {@code relative} of the outputs' magnitude (at least 1). */
        boolean within(double relative) {
            return maxAbs <= relative * Math.max(1, maxMagnitude);
        }
    }

    private static final int ROWS = 8;
    private static final long SEED = 20260101L;

    private EquivalenceProbe() {}

    /** Whether {@code flat}'s inputs can be probed: float32, every dimension but the first known. */
    static boolean canProbe(FlatGraph flat) {
        return flat.inputs().values().stream().allMatch(info -> info.getDtype() == DataType.DT_FLOAT
                && info.getTensorShape().getDimList().stream().skip(1).allMatch(d -> d.getSize() > 0))
                && flat.outputs().values().stream().allMatch(info -> info.getDtype() == DataType.DT_FLOAT);
    }

    static Difference compare(FlatGraph a, Map<String, StoredTensor> aValues, FlatGraph b, Map<String, StoredTensor> bValues) {
        Map<String, float[]> outputsA = run(a, aValues);
        Map<String, float[]> outputsB = run(b, bValues);
        double maxAbs = 0;
        double magnitude = 0;
        for (Map.Entry<String, float[]> output : outputsA.entrySet()) {
            float[] x = output.getValue();
            float[] y = outputsB.get(output.getKey());
            if (y == null || y.length != x.length) {
                return new Difference(Double.POSITIVE_INFINITY, 0);
            }
            for (int i = 0; i < x.length; i++) {
                maxAbs = Math.max(maxAbs, Math.abs(x[i] - y[i]));
                magnitude = Math.max(magnitude, Math.abs(x[i]));
            }
        }
        return new Difference(maxAbs, magnitude);
    }

    private static Map<String, float[]> run(FlatGraph flat, Map<String, StoredTensor> values) {
        Map<String, float[]> outputs = new LinkedHashMap<>();
        try (FlatGraphSession session = FlatGraphSession.open(flat)) {
            session.loadStored(values);
            Random random = new Random(SEED);
            Map<String, Tensor> feeds = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, TensorInfo> input : flat.inputs().entrySet()) {
                    feeds.put(input.getKey(), probe(input.getValue(), random));
                }
                for (String key : flat.outputs().keySet()) {
                    outputs.put(key, session.run(feeds, key).values());
                }
            } finally {
                feeds.values().forEach(Tensor::close);
            }
        }
        return outputs;
    }

    private static Tensor probe(TensorInfo input, Random random) {
        List<TensorShapeProto.Dim> dims = input.getTensorShape().getDimList();
        long[] shape = new long[dims.size()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = d == 0 ? ROWS : dims.get(d).getSize();
        }
        float[] values = new float[Math.toIntExact(dev.modelspec.model.FloatTensor.elementCount(shape))];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }
}
