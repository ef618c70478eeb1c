package dev.modelspec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SLF4J's warning about a missing backend stays off the console unless progress is verbose: each
 * case runs in a JVM of its own (SLF4J starts once per process) with this module's test classpath
 * minus its SLF4J backend.
 */
class QuietLoggingTests {

    @Test
    void noProviderWarningOnceQuieted() throws Exception {
        String console = runWithoutBackend("quiet");

        assertThat(console).doesNotContain("SLF4J").contains("lowered: true");
    }

    @Test
    void theWarningWhenLeftAlone() throws Exception {
        String console = runWithoutBackend("verbose");

        assertThat(console).contains("SLF4J(W): No SLF4J providers were found.");
    }

    private static String runWithoutBackend(String mode) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, StartSlf4j.class.getName(), mode).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Quiets SLF4J unless the argument is {@code verbose}, then starts it. */
    static final class StartSlf4j {

        public static void main(String[] args) {
            if (!args[0].equals("verbose")) {
                System.out.println("lowered: " + QuietLogging.withoutProviderWarning());
            }
            LoggerFactory.getLogger(StartSlf4j.class).warn("discarded");
        }
    }
}
