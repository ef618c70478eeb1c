package dev.modelspec.train;

import java.util.Random;
import java.util.function.Supplier;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/** Initial values of variables, computed in Java so that a seed fixes them exactly. */
final class InitialValues {

    private InitialValues() {}

    /**
     * Glorot (Xavier) uniform values: uniform in {@code [-limit, limit)} with {@code limit =
     * sqrt(6 / (fanIn + fanOut))}, drawn in row-major order from {@code random}.
     */
    static Supplier<Tensor> glorotUniform(Random random, Shape shape, long fanIn, long fanOut) {
        float[] values = new float[Math.toIntExact(shape.size())];
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        return () -> TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
    }

    /** Float zeros (written explicitly: a new native tensor is not zeroed). */
    static Supplier<Tensor> zeros(Shape shape) {
        float[] values = new float[Math.toIntExact(shape.size())];
        return () -> TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
    }

    /** An INT64 scalar zero. */
    static Supplier<Tensor> zeroCounter() {
        return () -> TInt64.scalarOf(0L);
    }
}
