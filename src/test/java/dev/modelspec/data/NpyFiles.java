package dev.modelspec.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small {@code .npy} and {@code .npz} files byte by byte, as numpy.save lays them out (version 1.0). */
final class NpyFiles {

    private NpyFiles() {}

    /** An array of {@code descr} (e.g. {@code <f4}) and {@code shape} (e.g. {@code (2, 3)}) whose values {@code fill} writes. */
    static byte[] npy(String descr, String shape, ByteOrder order, int valueBytes, java.util.function.Consumer<ByteBuffer> fill) {
        String dict = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }".formatted(descr, shape);
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + valueBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        buffer.putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII));
        fill.accept(buffer.slice().order(order));
        return buffer.array();
    }

    static byte[] floats(String shape, float... values) {
        return npy("<f4", shape, ByteOrder.LITTLE_ENDIAN, 4 * values.length, b -> {
            for (float v : values) {
                b.putFloat(v);
            }
        });
    }

    static byte[] longs(String shape, long... values) {
        return npy("<i8", shape, ByteOrder.LITTLE_ENDIAN, 8 * values.length, b -> {
            for (long v : values) {
                b.putLong(v);
            }
        });
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    /** An .npz archive of the given arrays, compressed (as numpy.savez_compressed writes it). */
    static Path npz(Path file, String firstKey, byte[] first, String secondKey, byte[] second) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, firstKey, first);
            entry(zip, secondKey, second);
        }
        return Files.write(file, bytes.toByteArray());
    }

    private static void entry(ZipOutputStream zip, String key, byte[] npy) throws IOException {
        zip.putNextEntry(new ZipEntry(key + ".npy"));
        OutputStream out = zip;
        out.write(npy);
        zip.closeEntry();
    }
}
