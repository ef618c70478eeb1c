package dev.modelspec.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;

/**
 * Reads the records of a TFRecord file one at a time, verifying both masked CRC-32C checksums of each:
 * {@code uint64 length, uint32 masked crc(length), byte[length] data, uint32 masked crc(data)}, all
 * little-endian. Files whose name ends in {@code .gz} are gunzipped as they are read.
 */
final class TfRecordReader implements AutoCloseable {

    private static final int MASK_DELTA = 0xa282ead8;

    private final Path file;
    private final InputStream in;
    private long records;

    TfRecordReader(Path file) throws IOException {
        this.file = file;
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        this.in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** The number of records read so far; the current record's number once {@link #next()} returned it. */
    long records() {
        return records;
    }

    /**
     * The next record's data, or {@code null} at the end of the file.
     *
     * @throws DataFormatException if the file ends inside a record or a checksum does not match
     */
    byte[] next() throws IOException {
        byte[] header = in.readNBytes(12);
        if (header.length == 0) {
            return null;
        }
        records++;
        if (header.length < 12) {
            throw broken("ends inside the header of record " + records);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long length = buffer.getLong(0);
        if (buffer.getInt(8) != maskedCrc(header, 8)) {
            throw broken("has a wrong length checksum in record " + records + " (it is not a TFRecord file, or it is corrupt)");
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw broken("declares record " + records + " of " + length + " bytes, more than a record can hold");
        }
        byte[] data = in.readNBytes((int) length);
        byte[] crc = in.readNBytes(4);
        if (data.length < length || crc.length < 4) {
            throw broken("ends inside record " + records + " (the file is truncated)");
        }
        if (ByteBuffer.wrap(crc).order(ByteOrder.LITTLE_ENDIAN).getInt() != maskedCrc(data, data.length)) {
            throw broken("has a wrong data checksum in record " + records + " (the file is corrupt)");
        }
        return data;
    }

    /** TensorFlow's masked CRC-32C of the first {@code length} bytes. */
    static int maskedCrc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        int value = (int) crc.getValue();
        return ((value >>> 15) | (value << 17)) + MASK_DELTA;
    }

    private DataFormatException broken(String what) {
        return new DataFormatException(file.toAbsolutePath() + " " + what
                + ": write it again with tf.io.TFRecordWriter (gzip-compressed files must end in .gz)");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
