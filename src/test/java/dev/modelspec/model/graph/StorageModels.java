package dev.modelspec.model.graph;

import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.VariableRole;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The trained Keras 3 exports of {@code src/test/python/storage_models.py}, cached under {@code
 * target/storage-models/<kind>} (Python as for {@link GraphModels}), and what the storage tests do
 * with them: run a flat graph on the first test images, serve an export in Python TF and TFLite.
 */
final class StorageModels {

    static final Path ROOT = Path.of("target", "storage-models").toAbsolutePath();

    private StorageModels() {}

    static synchronized Path generated(String kind) {
        Path directory = ROOT.resolve(kind);
        if (!Files.exists(directory.resolve("done"))) {
            GraphModels.run(List.of("src/test/python/storage_models.py", ROOT.toString(), kind));
            try {
                Files.writeString(directory.resolve("done"), "");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return directory;
    }

    static SavedModel open(String kind) {
        return SavedModel.open(SavedModelReference.of(generated(kind).resolve("model")));
    }

    /** The first {@code rows} test images of {@code kind}, NHWC. */
    static float[] images(String kind, int rows) throws IOException {
        return Arrays.copyOf(GraphModels.floats(generated(kind).resolve("x.f32")), rows * 784);
    }

    static int[] labels(String kind, int rows) throws IOException {
        return Arrays.copyOf(GraphModels.ints(generated(kind).resolve("y.i32")), rows);
    }

    /** The only output of {@code graph} with {@code values} on {@code images}. */
    static float[] run(FlatGraph graph, Map<String, StoredTensor> values, float[] images) {
        try (FlatGraphSession session = FlatGraphSession.open(graph);
                Tensor x = TFloat32.tensorOf(Shape.of(images.length / 784, 28, 28, 1), DataBuffers.of(images, true, false))) {
            session.loadStored(values);
            return session.run(Map.of(graph.inputs().keySet().iterator().next(), x), graph.outputs().keySet().iterator().next())
                    .values();
        }
    }

    /** Whether {@code model} calls {@code v} a prunable weight. */
    static boolean prunable(SavedModel model, FlatVariable v) {
        return model.variables().stream().anyMatch(m -> m.name().equals(v.sourceVariable()) && m.role() == VariableRole.PRUNABLE_WEIGHT);
    }

    /** Python TF's and the TFLite interpreter's outputs of the SavedModel {@code model} on {@code images}. */
    static float[][] servedInPython(Path model, float[] images, Path scratch) throws IOException {
        Path input = Files.createTempFile(scratch, "x", ".f32");
        ByteBuffer bytes = ByteBuffer.allocate(images.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(images);
        Files.write(input, bytes.array());
        Path tf = scratch.resolve(input.getFileName() + ".tf");
        Path lite = scratch.resolve(input.getFileName() + ".lite");
        GraphModels.run(List.of("src/test/python/graph_serve.py", model.toString(), "serving_default", input.toString(),
                (images.length / 784) + ",28,28,1", tf.toString(), lite.toString()));
        return new float[][] {GraphModels.floats(tf), GraphModels.floats(lite)};
    }

    /** The bytes of every file under {@code directory}. */
    static long directoryBytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String describe(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
