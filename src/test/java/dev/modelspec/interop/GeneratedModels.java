package dev.modelspec.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Real TensorFlow exports made by {@code src/test/python/modelspec_models.py} at test time, once per
 * version of that script: they live under {@code target/generated-models/<script hash>/<name>} (the
 * SavedModel in {@code <name>/}, so that its directory is named after it, its description in {@code
 * modelspec.json}, and the data some models come with beside them) and are never committed.
 * Generation is atomic and locked, so parallel test JVMs share the result.
 */
public final class GeneratedModels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedModels() {}

    /**
     * The export {@code name} (a function of modelspec_models.py), generated if needed; skips the
     * calling test without Python TensorFlow (see {@link PythonTensorFlow#require()}).
     */
    public static GeneratedModel get(String name) {
        Path root = Path.of("target/generated-models", scriptHash()).toAbsolutePath();
        Path entry = root.resolve(name);
        try {
            if (!Files.isRegularFile(entry.resolve("modelspec.json"))) {
                Files.createDirectories(root);
                try (FileChannel channel = FileChannel.open(root.resolve(name + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    if (!Files.isRegularFile(entry.resolve("modelspec.json"))) {
                        generate(name, root, entry);
                    }
                }
            }
            return new GeneratedModel(name, entry.resolve(name), JSON.readTree(entry.resolve("modelspec.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the model " + name + " under " + root, e);
        }
    }

    private static void generate(String name, Path root, Path entry) throws IOException {
        PythonTensorFlow python = PythonTensorFlow.require();
        Path staging = root.resolve(".staging-" + name + "-" + ProcessHandle.current().pid());
        delete(staging);
        Path fashion = Path.of("examples/data/fashion-mnist").toAbsolutePath();
        python.ask(PythonTensorFlow.request("generate").put("name", name).put("out", staging.toString())
                .put("fashion", fashion.toString()));
        Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String scriptHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(PythonTensorFlow.scriptDirectory().resolve("modelspec_models.py")));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * One generated export.
     *
     * @param name the generator's name for it
     * @param directory the SavedModel directory
     * @param meta what modelspec_models.py said of it: signature, input_shape, output kind
     */
    public record GeneratedModel(String name, Path directory, JsonNode meta) {

        /** The signature key its tests use. */
        public String signature() {
            return meta.path("signature").asText("serving_default");
        }

        /** The shape of one example. */
        public long[] exampleShape() {
            long[] shape = new long[meta.path("input_shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = meta.path("input_shape").get(i).asLong();
            }
            return shape;
        }

        /**
         * A file the generator wrote beside the SavedModel: {@code x.f32} (float32 examples),
         * {@code y.i32} (int32 labels), {@code y.f32} (regression targets), {@code reference.txt}
         * (the Keras reference training); fails naming the model when it wrote none such.
         */
        public Path file(String file) {
            Path path = directory.resolveSibling(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("modelspec_models.py writes no " + file + " for " + name
                        + "; the models with data call _write_data");
            }
            return path;
        }

        /** The little-endian float32 values of {@link #file(String) file}. */
        public float[] floats(String file) {
            ByteBuffer bytes = read(file);
            float[] values = new float[bytes.remaining() / Float.BYTES];
            bytes.asFloatBuffer().get(values);
            return values;
        }

        /** The little-endian int32 values of {@link #file(String) file}. */
        public int[] ints(String file) {
            ByteBuffer bytes = read(file);
            int[] values = new int[bytes.remaining() / Integer.BYTES];
            bytes.asIntBuffer().get(values);
            return values;
        }

        private ByteBuffer read(String file) {
            try {
                return ByteBuffer.wrap(Files.readAllBytes(file(file))).order(ByteOrder.LITTLE_ENDIAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
