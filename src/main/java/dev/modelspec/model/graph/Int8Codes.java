package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.util.Optional;

/**
 * The int8 encoding of a weight whose values already lie on an int8 grid (a simulated int8
 * candidate): codes {@code q} and, per tensor or per output channel (the last dimension), a scale
 * and a zero point with {@code (float) (q - zeroPoint) * scale == value} bit for bit for every
 * element. Such a grid is found from the values alone: the largest magnitude is {@code k * scale}
 * for an integer {@code k} near what a symmetric ({@code max|w| / 127}) or asymmetric ({@code
 * (max - min) / 255}) grid gives, so a few integers and a few ulps around {@code value / k} are tried
 * and the first scale that reproduces every element exactly wins.
 *
 * @param codes one int8 code per element, row-major
 * @param scales one scale, or one per output channel
 * @param zeroPoints the integer zero points (as floats), one or one per output channel
 */
record Int8Codes(byte[] codes, float[] scales, float[] zeroPoints) {

    private static final int INTEGERS_TRIED = 3;
    private static final int ULPS_TRIED = 4;

    /** Whether every zero point is 0 (no subtraction needed). */
    boolean symmetric() {
        for (float zeroPoint : zeroPoints) {
            if (zeroPoint != 0f) {
                return false;
            }
        }
        return true;
    }

    /** The exact encoding of {@code tensor}, per tensor if one grid fits, else per output channel; empty if none fits. */
    static Optional<Int8Codes> of(FloatTensor tensor) {
        Optional<Int8Codes> perTensor = fit(tensor.values(), 1);
        if (perTensor.isPresent() || tensor.rank() < 2) {
            return perTensor;
        }
        return fit(tensor.values(), (int) tensor.dimension(-1));
    }

    private static Optional<Int8Codes> fit(float[] values, int channels) {
        byte[] codes = new byte[values.length];
        float[] scales = new float[channels];
        float[] zeroPoints = new float[channels];
        for (int c = 0; c < channels; c++) {
            float[] grid = grid(values, channels, c);
            if (grid == null) {
                return Optional.empty();
            }
            scales[c] = grid[0];
            zeroPoints[c] = grid[1];
            for (int i = c; i < values.length; i += channels) {
                codes[i] = (byte) (Math.rint(values[i] / (double) grid[0]) + grid[1]);
            }
        }
        return Optional.of(new Int8Codes(codes, scales, zeroPoints));
    }

    /** {scale, zeroPoint} reproducing the elements {@code c, c + channels, ...} of {@code values}, or null. */
    private static float[] grid(float[] values, int channels, int c) {
        float min = 0;
        float max = 0;
        float largest = 0;
        for (int i = c; i < values.length; i += channels) {
            if (!Float.isFinite(values[i])) {
                return null;
            }
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
            largest = Math.abs(values[i]) > Math.abs(largest) ? values[i] : largest;
        }
        if (largest == 0) {
            return new float[] {1f, 0f};
        }
        for (float estimate : new float[] {Math.abs(largest) / 127f, (max - min) / 255f}) {
            long center = Math.round(largest / (double) estimate);
            for (long k = center - INTEGERS_TRIED; k <= center + INTEGERS_TRIED; k++) {
                if (k == 0) {
                    continue;
                }
                float scale = Math.abs(largest / (float) k);
                for (int ulp = -ULPS_TRIED; ulp <= ULPS_TRIED; ulp++) {
                    float tried = Float.intBitsToFloat(Float.floatToIntBits(scale) + ulp);
                    float[] found = check(values, channels, c, tried);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static float[] check(float[] values, int channels, int c, float scale) {
        if (!(scale > 0) || !Float.isFinite(scale)) {
            return null;
        }
        long lowest = 0;
        long highest = 0;
        for (int i = c; i < values.length; i += channels) {
            long k = (long) Math.rint(values[i] / (double) scale);
            if (k < -255 || k > 255 || (float) k * scale != values[i]) {
                return null;
            }
            lowest = Math.min(lowest, k);
            highest = Math.max(highest, k);
        }
        if (highest - lowest > 255) {
            return null;
        }
        long zeroPoint = lowest >= -128 && highest <= 127 ? 0 : -128 - lowest;
        return new float[] {scale, zeroPoint};
    }
}
