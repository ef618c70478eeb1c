package dev.modelspec.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed regression example is what {@link RegressionExample} writes, byte for byte. */
class RegressionExampleTest {

    private static final Path MODEL = Path.of("examples", "models", RegressionExample.MODEL);
    private static final Path DATA = Path.of("examples", "data", RegressionExample.DATA);

    @TempDir
    Path dir;

    @Test
    void regeneratesTheCommittedDataAndWeights() throws IOException {
        RegressionExample.write(dir.resolve("model"), dir.resolve("data.csv"));

        assertThat(dir.resolve("data.csv")).hasSameBinaryContentAs(DATA);
        for (String file : new String[] {"variables/variables.index", "variables/variables.data-00000-of-00001"}) {
            assertThat(dir.resolve("model").resolve(file)).as(file).hasSameBinaryContentAs(MODEL.resolve(file));
        }
    }
}
