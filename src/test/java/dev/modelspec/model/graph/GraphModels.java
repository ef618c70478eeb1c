package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real SavedModels written at test time by {@code src/test/python/graph_models.py}, cached under
 * {@code target/graph-models/<kind>} for the rest of the build. Python is {@code -Dmodelspec.python}
 * or {@code /work/pyvenv/bin/python}, else {@code python3}; where it has no TensorFlow the tests are
 * skipped, except under {@code CI=true}, where that is a failure.
 */
public final class GraphModels {

    private static final Path ROOT = Path.of("target", "graph-models").toAbsolutePath();

    private GraphModels() {}

    /** The generated directory of {@code kind}: {@code model/} plus its data and Keras reference. */
    public static synchronized Path generated(String kind) {
        Path directory = ROOT.resolve(kind);
        if (Files.isRegularFile(directory.resolve("model/saved_model.pb")) && Files.exists(directory.resolve("done"))) {
            return directory;
        }
        run(List.of("src/test/python/graph_models.py", ROOT.toString(), kind));
        try {
            Files.writeString(directory.resolve("done"), "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return directory;
    }

    public static String python() {
        String configured = System.getProperty("modelspec.python");
        if (configured != null) {
            return configured;
        }
        return Files.isExecutable(Path.of("/work/pyvenv/bin/python")) ? "/work/pyvenv/bin/python" : "python3";
    }

    /** Runs {@code arguments} with Python in the project directory; returns its standard output. */
    public static String run(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(python()));
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile("graph-models", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            String output = Files.readString(log);
            Files.delete(log);
            boolean noTensorFlow = output.contains("No module named 'tensorflow'") || output.contains("No module named 'keras'");
            if (!"true".equals(System.getenv("CI"))) {
                assumeTrue(!noTensorFlow, "Python TensorFlow is not installed for " + python());
            }
            assertThat(finished && process.exitValue() == 0).as("%s failed:%n%s", command, output).isTrue();
            return output;
        } catch (IOException e) {
            assumeTrue("true".equals(System.getenv("CI")), "Python is not available: " + e.getMessage());
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static float[] floats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(values);
        return values;
    }

    static int[] ints(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] values = new int[bytes.remaining() / 4];
        bytes.asIntBuffer().get(values);
        return values;
    }
}
