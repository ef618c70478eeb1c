package dev.modelspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SavedModelFuzz} on the small CNN for a bounded time (system property {@code
 * modelspec.fuzz.seconds}, 4 by default, seed {@code modelspec.fuzz.seed}): no mutated SavedModel
 * crashes the JVM, hangs, runs out of memory or fails with anything but a {@link
 * ModelAccessException} naming its directory.
 */
class SavedModelFuzzTest {

    private static final long SECONDS = Long.getLong("modelspec.fuzz.seconds", 4);
    private static final long SEED = Long.getLong("modelspec.fuzz.seed", 13);

    @Test
    void everyMutatedSavedModelOpensOrFailsWithItsDirectoryNamed(@TempDir Path work) throws Exception {
        Path log = work.resolve("fuzz.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), SavedModelFuzz.class.getName(),
                Path.of("examples/models/fashion-cnn-small").toAbsolutePath().toString(), work.toString(),
                Long.toString(SEED), Long.toString(SECONDS))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process fuzz = builder.start();

        boolean finished = fuzz.waitFor(SECONDS + 120, TimeUnit.SECONDS);
        if (!finished) {
            fuzz.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(log);
        String last = lines.stream().filter(line -> line.startsWith("try ")).reduce((a, b) -> b).orElse("no attempt");
        assertThat(finished).as("the fuzz hung at %s", last).isTrue();
        assertThat(lines).as("outcomes not allowed (seed %d)", SEED).noneMatch(line -> line.startsWith("problem "));
        assertThat(fuzz.exitValue()).as("the JVM crashed at %s:%n%s", last, String.join("\n", lines)).isZero();
        assertThat(lines.stream().filter(line -> line.startsWith("try ")).count()).as("mutated models opened")
                .isGreaterThanOrEqualTo(5);
    }
}
