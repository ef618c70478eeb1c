package dev.modelspec.model.graph;

import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.VariableRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * What the storage tests do with the trained Keras 3 exports {@code keras3_mlp}, {@code
 * keras3_two_conv} and {@code keras3_residual} of {@link GeneratedModels}: run a flat graph on their
 * first test images, serve an export in Python TF and TFLite.
 */
final class StorageModels {

    private static final long[] IMAGE = {28, 28, 1};

    private StorageModels() {}

    /** The SavedModel directory of {@code kind}. */
    static Path model(String kind) {
        return GeneratedModels.get(kind).directory();
    }

    static SavedModel open(String kind) {
        return SavedModel.open(SavedModelReference.of(model(kind)));
    }

    /** The first {@code rows} test images of {@code kind}, NHWC. */
    static float[] images(String kind, int rows) {
        return Arrays.copyOf(GeneratedModels.get(kind).floats("x.f32"), rows * 784);
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
    static float[][] servedInPython(Path model, float[] images) {
        int rows = images.length / 784;
        return new float[][] {PythonServing.run(Consumer.SAVED_MODEL, model, "serving_default", null, images, rows, IMAGE),
                PythonServing.run(Consumer.TFLITE, model, "serving_default", null, images, rows, IMAGE)};
    }

    /** The bytes of every file under {@code directory}. */
    static long directoryBytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
