package dev.modelspec.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.tensorflow.TensorFlow;

/** Where the started runtime's native libraries come from. */
class TensorFlowRuntimeTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void loadsEveryTensorFlowLibraryFromTheLibraryPathAndNoSecondCopy() throws IOException {
        TensorFlowRuntime.start();
        assertThat(TensorFlow.version()).isEqualTo("2.16.2");
        Path libraryPath = Path.of(System.getProperty(RuntimeConstants.LIBRARY_PATH_PROPERTY)).toAbsolutePath();

        List<String> loaded = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .filter(file -> file.contains("tensorflow") && file.contains(".so"))
                .distinct()
                .toList();

        assertThat(loaded).hasSize(3).allSatisfy(file -> assertThat(Path.of(file)).startsWith(libraryPath));
        assertThat(System.getProperty(RuntimeConstants.JAVACPP_CACHE_DIR_PROPERTY))
                .isEqualTo(TensorFlowRuntime.nativeCacheDirectory().resolve("javacpp").toString());
    }
}
