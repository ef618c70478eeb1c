package dev.modelspec.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.zip.CRC32C;

/**
 * A short fingerprint of data files and the settings they are read with: their absolute paths, sizes
 * and modification times. Data names carry it, and results are cached by data name, so editing a
 * file or a setting never reuses results computed on the old data.
 */
final class SourceFingerprint {

    private SourceFingerprint() {}

    /** {@code baseName#xxxxxxxx}: eight hex digits over the settings and every file. */
    static String name(String baseName, String settings, Collection<Path> files) {
        CRC32C crc = new CRC32C();
        crc.update(settings.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            crc.update(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            try {
                crc.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
                crc.update(Files.getLastModifiedTime(file).toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DataFormatException("Cannot read " + file.toAbsolutePath() + " (" + e
                        + "): check that it exists and is readable", e);
            }
        }
        return "%s#%08x".formatted(baseName, crc.getValue());
    }
}
