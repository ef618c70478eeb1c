package dev.modelspec.model.graph;

/**
 * How an exported weight is stored in the SavedModel's variables, and dequantized where the graph
 * reads it. Every form but {@link #FLOAT32} reproduces the simulated candidate's float values bit
 * for bit, or the weight stays float32 and the export says why (see {@link CompressedExport}).
 */
public enum WeightStorage {
    /** Float32 values, as the simulated candidate holds them. */
    FLOAT32,
    /**
     * Int8 codes with a float32 scale (and zero point) per tensor or per output channel, read as
     * {@code Cast → (Sub zero point) → Mul scale}: a quarter of the bytes. Needs values on an int8
     * grid, as {@code Quantization.int8()} leaves them.
     */
    INT8,
    /** IEEE half precision read through a {@code Cast}: half the bytes. Needs values that float16 represents. */
    FLOAT16,
    /**
     * One uint8 index per element and a float32 codebook, read as {@code Cast → GatherV2}: about a
     * quarter of the bytes. Needs at most 256 distinct values, as {@code Clustering.kMeans(k)}
     * leaves them, and is used only where it is smaller than float32.
     */
    CLUSTERED
}
