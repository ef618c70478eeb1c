package dev.modelspec.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The checksum manifest of a cache entry: one line {@code sha256 size path} per file, written last,
 * so an entry without a manifest is incomplete and an entry whose files differ from it is corrupt.
 */
final class EntryManifest {

    /** The manifest's file name inside an entry. */
    static final String FILE = "manifest.sha256";

    private EntryManifest() {}

    /** Writes the manifest of every file under {@code entry}; call it after the last file is written. */
    static void write(Path entry) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Path> file : files(entry).entrySet()) {
            lines.append(sha256(file.getValue())).append(' ').append(Files.size(file.getValue())).append(' ')
                    .append(file.getKey()).append('\n');
        }
        Files.writeString(entry.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /** What is wrong with {@code entry}, e.g. {@code model/variables/variables.index has 10 bytes, not 361}; empty if nothing. */
    static Optional<String> problem(Path entry) {
        Path manifest = entry.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.of("it has no " + FILE + ", so it was never completed");
        }
        try {
            Map<String, Path> files = files(entry);
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] fields = line.split(" ", 3);
                if (fields.length != 3) {
                    return Optional.of(FILE + " is garbled");
                }
                Path file = files.remove(fields[2]);
                if (file == null) {
                    return Optional.of(fields[2] + " is missing");
                }
                long size = Files.size(file);
                if (!Long.toString(size).equals(fields[1])) {
                    return Optional.of(fields[2] + " has " + size + " bytes, not " + fields[1]);
                }
                if (!sha256(file).equals(fields[0])) {
                    return Optional.of(fields[2] + " does not match its checksum");
                }
            }
            return files.isEmpty() ? Optional.empty() : Optional.of(files.keySet().iterator().next() + " is not in " + FILE);
        } catch (IOException | RuntimeException e) {
            return Optional.of("it cannot be read (" + e + ")");
        }
    }

    /** Every regular file under {@code entry} but the manifest, by its path relative to {@code entry} with {@code /}. */
    private static Map<String, Path> files(Path entry) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(entry)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String name = entry.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!name.equals(FILE)) {
                    files.put(name, file);
                }
            });
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256", e);
        }
    }
}
