package dev.modelspec.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** The element types ModelSpec reads from {@code .npy} arrays (in either byte order). */
enum NpyType {
    FLOAT32("f4", 4, false),
    FLOAT64("f8", 8, false),
    INT32("i4", 4, true),
    INT64("i8", 8, true),
    UINT8("u1", 1, true);

    private final String code;
    private final int bytes;
    private final boolean integral;

    NpyType(String code, int bytes, boolean integral) {
        this.code = code;
        this.bytes = bytes;
        this.integral = integral;
    }

    /**
     * The type a {@code descr} such as {@code <f4} or {@code |u1} names.
     *
     * @throws DataFormatException for any other type, naming the file and the types supported
     */
    static NpyType of(String descr, String source) {
        String code = descr.length() == 3 ? descr.substring(1) : "";
        for (NpyType type : values()) {
            if (type.code.equals(code) && "<>|=".indexOf(descr.charAt(0)) >= 0) {
                return type;
            }
        }
        throw new DataFormatException("%s holds values of NumPy type %s; supported are float32, float64, int32, int64 "
                .formatted(source, descr) + "and uint8 " + Arrays.toString(values()) + ": convert with array.astype('float32')");
    }

    int bytes() {
        return bytes;
    }

    boolean integral() {
        return integral;
    }

    /** The byte order a {@code descr} declares: {@code >} big-endian, anything else little-endian. */
    static ByteOrder order(String descr) {
        return descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    float floatAt(ByteBuffer data, int position) {
        return switch (this) {
            case FLOAT32 -> data.getFloat(position);
            case FLOAT64 -> (float) data.getDouble(position);
            case INT32 -> data.getInt(position);
            case INT64 -> data.getLong(position);
            case UINT8 -> data.get(position) & 0xff;
        };
    }

    long longAt(ByteBuffer data, int position) {
        return switch (this) {
            case INT32 -> data.getInt(position);
            case INT64 -> data.getLong(position);
            case UINT8 -> data.get(position) & 0xff;
            case FLOAT32, FLOAT64 -> throw new IllegalStateException(this + " is not a whole-number type");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
