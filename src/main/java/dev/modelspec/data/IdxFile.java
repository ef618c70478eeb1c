package dev.modelspec.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the header and the data bytes of one IDX file, gzip-compressed or raw. Compression is
 * detected from the gzip magic bytes {@code 1f 8b}, not from the file name.
 */
final class IdxFile {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    /** What to do about a file that is not the IDX file it should be. */
    private static final String FIX = "; point the data at an MNIST-style IDX file (raw or gzipped), or download or "
            + "write it again";

    final IdxHeader header;
    final byte[] data;

    private IdxFile(IdxHeader header, byte[] data) {
        this.header = header;
        this.data = data;
    }

    /**
     * Reads {@code file}, checking that it holds exactly the bytes its header declares.
     *
     * @param expectedDimensions 3 for images, 1 for labels
     */
    static IdxFile read(Path file, int expectedDimensions) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new IdxFormatException(source + ": no such file (looked at " + file.toAbsolutePath()
                    + "); point the data at an existing IDX file");
        }
        try (DataInputStream in = new DataInputStream(open(file))) {
            IdxHeader header = IdxHeader.read(in, source, expectedDimensions);
            int expected = header.dataLength(source);
            byte[] data = in.readNBytes(expected);
            long extra = data.length == expected ? in.transferTo(OutputStream.nullOutputStream()) : 0;
            if (data.length != expected || extra != 0) {
                long found = header.byteLength() + (long) data.length + extra;
                throw new IdxFormatException(String.format(
                        "%s: expected %d bytes (a %d-byte header declaring %d data bytes),"
                                + " found %d bytes%s",
                        source, header.byteLength() + (long) expected, header.byteLength(),
                        expected, found, data.length != expected ? ": file is truncated"
                                : ": file has trailing bytes"));
            }
            return new IdxFile(header, data);
        } catch (IdxFormatException e) {
            throw new IdxFormatException(e.getMessage() + FIX, e.getCause());
        } catch (IOException e) {
            throw new IdxFormatException(
                    source + ": cannot read (missing, unreadable or corrupt gzip data): " + e + FIX, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == GZIP_MAGIC_0 && in.read() == GZIP_MAGIC_1;
        in.reset();
        return gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }
}
