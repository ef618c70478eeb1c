package dev.modelspec.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TensorFlow's INFO lines stay off the console unless asked for with {@code TF_CPP_MIN_LOG_LEVEL}:
 * each case opens the example SavedModel in a JVM of its own, since the level is read once per
 * process, and counts the {@code I tensorflow/...} lines on its console.
 */
class QuietNativesTest {

    private static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small").toAbsolutePath();

    @Test
    void openingAModelLogsNoTensorFlowInfoLinesByDefault() throws Exception {
        List<String> console = openInFreshJvm(null);

        assertThat(console).noneMatch(line -> line.startsWith("I tensorflow/") || line.contains(" I tensorflow/"));
        assertThat(console).contains("level 1");
    }

    @Test
    void theUsersOwnLevelWins() throws Exception {
        List<String> console = openInFreshJvm("0");

        assertThat(console).anyMatch(line -> line.contains("I tensorflow/"));
        assertThat(console).contains("level 0");
    }

    private static List<String> openInFreshJvm(String level) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenModel.class.getName(), SMALL_CNN.toString())
                .redirectErrorStream(true);
        builder.environment().remove(NativeLogLevel.VARIABLE);
        if (level != null) {
            builder.environment().put(NativeLogLevel.VARIABLE, level);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /** Opens the SavedModel named by the first argument, then prints the level TensorFlow used. */
    static final class OpenModel {

        public static void main(String[] args) {
            try (SavedModel model = SavedModel.open(SavedModelReference.of(Path.of(args[0])))) {
                System.out.println("level " + NativeLogLevel.current().orElse("unset"));
            }
        }
    }
}
