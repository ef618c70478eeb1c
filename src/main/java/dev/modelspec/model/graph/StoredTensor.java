package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat16;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TUint8;

/**
 * The value of one weight as a SavedModel stores it: an element type ({@code DT_FLOAT}, {@code
 * DT_HALF}, {@code DT_INT8} or {@code DT_UINT8}), a shape and the elements' bytes, little endian,
 * row-major. What a storage rewrite produces for a weight it re-encodes (int8 codes, half-precision
 * bits, cluster indices), and what {@link FlatSavedModelWriter#writeStored} writes.
 *
 * @param dataType the element type
 * @param shape the shape
 * @param bytes the elements, {@link #elementBytes(DataType)} bytes each
 */
public record StoredTensor(DataType dataType, long[] shape, byte[] bytes) {

    /**
     * Checks that {@code bytes} holds exactly the shape's elements of a supported type, and copies.
     *
     * @throws IllegalArgumentException if the type is not supported or the byte count does not fit
     */
    public StoredTensor {
        Objects.requireNonNull(dataType, "dataType");
        shape = shape.clone();
        bytes = bytes.clone();
        long expected = FloatTensor.elementCount(shape) * elementBytes(dataType);
        if (bytes.length != expected) {
            throw new IllegalArgumentException("A " + dataType + " tensor of shape " + Arrays.toString(shape) + " needs "
                    + expected + " bytes, but " + bytes.length + " were given");
        }
    }

    /** The float32 value {@code tensor}. */
    public static StoredTensor of(FloatTensor tensor) {
        ByteBuffer buffer = ByteBuffer.allocate(tensor.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(tensor.values());
        return new StoredTensor(DataType.DT_FLOAT, tensor.shape(), buffer.array());
    }

    /** The bytes one element of {@code type} takes. */
    public static int elementBytes(DataType type) {
        return switch (type) {
            case DT_FLOAT -> 4;
            case DT_HALF -> 2;
            case DT_INT8, DT_UINT8 -> 1;
            default -> throw new IllegalArgumentException("Weights are stored as DT_FLOAT, DT_HALF, DT_INT8 or DT_UINT8, not "
                    + type);
        };
    }

    /** A copy of the shape. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes the elements take. */
    public long byteSize() {
        return bytes.length;
    }

    /**
     * A new TensorFlow tensor with these elements; the caller closes it. Half-precision bits are
     * copied as raw memory, which is little endian on every platform TensorFlow's natives ship for.
     * TF Java has no int8 tensor type: int8 codes travel as a uint8 tensor of the same bytes, which
     * {@link FlatGraphSession} bitcasts before assigning.
     */
    Tensor toTensor() {
        Shape tensorShape = Shape.of(shape);
        return switch (dataType) {
            case DT_FLOAT -> {
                float[] floats = new float[bytes.length / 4];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(floats);
                yield TFloat32.tensorOf(tensorShape, DataBuffers.of(floats, true, false));
            }
            case DT_HALF -> Tensor.of(TFloat16.class, tensorShape, DataBuffers.of(bytes, true, false));
            case DT_INT8, DT_UINT8 -> Tensor.of(TUint8.class, tensorShape, DataBuffers.of(bytes, true, false));
            default -> throw new IllegalStateException("unreachable: " + dataType);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredTensor t && dataType == t.dataType && Arrays.equals(shape, t.shape)
                && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataType, Arrays.hashCode(shape), Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return dataType + Arrays.toString(shape);
    }
}
