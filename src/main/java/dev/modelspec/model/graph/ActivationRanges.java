package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The int8 range of each quantized activation, by the flat graph tensor that computes it ({@link
 * ActivationQuantization#sites}): what quantization-aware training with activations trained with,
 * and what the shipped model quantizes with. Calibrated on training batches ({@link #calibrate}):
 * the mean over the batches of each batch's minimum and maximum (the unweighted form of tfmot's
 * moving average of batch ranges), widened to contain 0, as int8 needs zero exactly representable.
 *
 * @param ranges {@code [min, max]} by tensor name, in the graph's order
 */
public record ActivationRanges(Map<String, Range> ranges) {

    /** A maximum never below this, so an activation that is always 0 (a dead unit) keeps a valid range. */
    static final float SMALLEST_MAX = 1e-6f;

    /** One tensor's range. */
    public record Range(float min, float max) {

        /** Checks that {@code min <= 0 < max}. */
        public Range {
            if (!(min <= 0 && max > 0) || !Float.isFinite(min) || !Float.isFinite(max)) {
                throw new IllegalArgumentException("An activation range needs min <= 0 < max, got [" + min + ", " + max + "]");
            }
        }
    }

    /** Copies the map, keeping its order. */
    public ActivationRanges {
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(ranges, "ranges")));
    }

    /**
     * The ranges of {@code sites} (tensors of {@code flat}) computed with the weights {@code values}
     * on {@code examples} (rows of the single input, flattened), in batches of {@code batchSize}.
     *
     * @throws IllegalArgumentException if no example is given or the examples do not fill whole rows
     */
    public static ActivationRanges calibrate(FlatGraph flat, Map<String, FloatTensor> values, List<String> sites,
            float[] examples, int batchSize) {
        long[] inputShape = flat.singleInput().getTensorShape().getDimList().stream().mapToLong(d -> d.getSize()).toArray();
        int rowLength = Math.toIntExact(FloatTensor.elementCount(Arrays.copyOfRange(inputShape, 1, inputShape.length)));
        int rows = examples.length / rowLength;
        if (rows == 0 || examples.length % rowLength != 0) {
            throw new IllegalArgumentException("Calibrating activations needs whole examples of " + rowLength + " floats, got "
                    + examples.length + " floats");
        }
        double[] low = new double[sites.size()];
        double[] high = new double[sites.size()];
        int batches = 0;
        try (FlatGraphSession session = FlatGraphSession.open(flat)) {
            session.load(values);
            for (int start = 0; start < rows; start += batchSize, batches++) {
                int n = Math.min(batchSize, rows - start);
                inputShape[0] = n;
                float[] batch = Arrays.copyOfRange(examples, start * rowLength, (start + n) * rowLength);
                try (TFloat32 x = TFloat32.tensorOf(Shape.of(inputShape), DataBuffers.of(batch, true, false))) {
                    Session.Runner runner = session.session().runner().feed(flat.singleInput().getName(), x);
                    sites.forEach(runner::fetch);
                    try (Result result = runner.run()) {
                        for (int i = 0; i < sites.size(); i++) {
                            float[] v = FlatGraphSession.floats(result.get(i)).values();
                            low[i] += min(v);
                            high[i] += max(v);
                        }
                    }
                }
            }
        }
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            float min = (float) Math.min(0, low[i] / batches);
            ranges.put(sites.get(i), new Range(min, Math.max((float) (high[i] / batches), SMALLEST_MAX)));
        }
        return new ActivationRanges(ranges);
    }

    private static float min(float[] values) {
        float m = Float.POSITIVE_INFINITY;
        for (float v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static float max(float[] values) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
