package dev.modelspec.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One array in NumPy's {@code .npy} format (versions 1 to 3), C order, of a type in {@link NpyType},
 * over a buffer that holds the file's bytes (memory-mapped for a {@code .npy} file). Values are
 * converted as they are read.
 */
final class NpyArray {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private final String source;
    private final NpyType type;
    private final long[] shape;
    private final ByteBuffer data;

    private NpyArray(String source, NpyType type, long[] shape, ByteBuffer data) {
        this.source = source;
        this.type = type;
        this.shape = shape;
        this.data = data;
    }

    /**
     * Reads the header at the buffer's position; the values follow it.
     *
     * @param source the file (and archive entry), for messages
     * @throws DataFormatException if the bytes are not a supported {@code .npy} array
     */
    static NpyArray parse(String source, ByteBuffer file) {
        ByteBuffer bytes = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        if (bytes.remaining() < MAGIC.length + 4 || !Arrays.equals(get(bytes, magic), MAGIC)) {
            throw new DataFormatException(source + " is not a NumPy .npy file (it does not start with \\x93NUMPY): "
                    + "write it with numpy.save");
        }
        int major = bytes.get() & 0xff;
        bytes.get();
        long headerLength = major == 1 ? bytes.getShort() & 0xffff : bytes.getInt() & 0xffffffffL;
        if (major < 1 || major > 3 || headerLength > bytes.remaining()) {
            throw new DataFormatException(source + " has an unsupported or broken .npy header (version " + major
                    + "): write it with numpy.save");
        }
        String header = new String(get(bytes, new byte[(int) headerLength]), StandardCharsets.UTF_8);
        String descr = field(DESCR, header, source);
        NpyType type = NpyType.of(descr, source);
        if (field(FORTRAN, header, source).equals("True")) {
            throw new DataFormatException(source + " is stored in Fortran order: save a C-order copy, "
                    + "numpy.save(path, numpy.ascontiguousarray(array))");
        }
        long[] shape = Arrays.stream(field(SHAPE, header, source).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        long values = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (shape.length == 0 || values * type.bytes() > bytes.remaining()) {
            throw new DataFormatException("%s holds %d bytes of values but its header declares shape %s of %s: "
                    .formatted(source, bytes.remaining(), Arrays.toString(shape), type) + "the file is truncated or not an array");
        }
        ByteBuffer data = bytes.slice().order(NpyType.order(descr));
        return new NpyArray(source, type, shape, data);
    }

    private static byte[] get(ByteBuffer bytes, byte[] target) {
        bytes.get(target);
        return target;
    }

    private static String field(Pattern pattern, String header, String source) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new DataFormatException(source + " has a .npy header without " + pattern.pattern().split("'")[1]
                    + ": " + header.strip() + "; write it with numpy.save");
        }
        return matcher.group(1);
    }

    String source() {
        return source;
    }

    NpyType type() {
        return type;
    }

    long[] shape() {
        return shape.clone();
    }

    /** The number of values after the first dimension: one example's length. */
    int rowLength() {
        return Math.toIntExact(Arrays.stream(shape).skip(1).reduce(1, Math::multiplyExact));
    }

    /** Copies {@code count} values from value {@code index} on, as floats times {@code scale}. */
    void copyFloats(long index, int count, float scale, float[] target, int offset) {
        int at = Math.toIntExact(index);
        for (int i = 0; i < count; i++) {
            target[offset + i] = type.floatAt(data, (at + i) * type.bytes()) * scale;
        }
    }

    /** Value {@code index} as a float. */
    float floatAt(long index) {
        return type.floatAt(data, Math.toIntExact(index * type.bytes()));
    }

    /** Value {@code index} as a whole number; only for the integer types. */
    long longAt(long index) {
        return type.longAt(data, Math.toIntExact(index * type.bytes()));
    }
}
