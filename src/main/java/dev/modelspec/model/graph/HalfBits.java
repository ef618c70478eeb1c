package dev.modelspec.model.graph;

import java.util.Optional;

/**
 * The IEEE 754 binary16 bit patterns of floats that half precision represents exactly (a
 * simulated float16 candidate's weights); a value that would need rounding has none, so storing
 * never changes a number.
 */
final class HalfBits {

    private HalfBits() {}

    /** The half-precision bits of every element of {@code values}, or empty if one is not exactly representable. */
    static Optional<short[]> of(float[] values) {
        short[] bits = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            int half = exact(values[i]);
            if (half < 0) {
                return Optional.empty();
            }
            bits[i] = (short) half;
        }
        return Optional.of(bits);
    }

    /** The bits of {@code value} as binary16, or -1 if it has no exact binary16 form. */
    static int exact(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xFF) - 127;
        int mantissa = bits & 0x7FFFFF;
        if (Float.isNaN(value)) {
            return sign | 0x7E00;
        }
        if (Float.isInfinite(value)) {
            return sign | 0x7C00;
        }
        if ((bits & 0x7FFFFFFF) == 0) {
            return sign;
        }
        if (exponent >= -14 && exponent <= 15) {
            return (mantissa & 0x1FFF) != 0 ? -1 : sign | ((exponent + 15) << 10) | (mantissa >>> 13);
        }
        if (exponent >= -24 && exponent < -14) {
            int significand = mantissa | 0x800000;
            int shift = -(exponent + 1);
            return (significand & ((1 << shift) - 1)) != 0 ? -1 : sign | (significand >>> shift);
        }
        return -1;
    }
}
