package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassNamesTest {

    @TempDir
    Path dir;

    @Test
    void readsOneNamePerLineInLabelOrderIgnoringTrailingBlankLines() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.txt"), "T-shirt/top\n Trouser \nPullover\n\n\n");

        assertThat(ClassNames.read(file)).containsExactly("T-shirt/top", "Trouser", "Pullover");
    }

    @Test
    void blankRepeatedMissingAndEmptyFilesAreNamedWithTheLine() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "cat\n\ndog\n");
        Path repeated = Files.writeString(dir.resolve("twice.txt"), "cat\ndog\ncat\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");

        assertThatThrownBy(() -> ClassNames.read(blank)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("Class name 1 (line 2) of the labels file " + blank.toAbsolutePath() + " is blank");
        assertThatThrownBy(() -> ClassNames.read(repeated)).hasMessageContaining("(line 3)").hasMessageContaining("\"cat\", is given twice");
        assertThatThrownBy(() -> ClassNames.read(empty)).hasMessageContaining("names no class");
        assertThatThrownBy(() -> ClassNames.read(dir.resolve("none.txt"))).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("none.txt");
    }

    @Test
    void dataWithClassNamesKeepsEverythingElseAndViewsKeepTheNames() throws IOException {
        Path x = NpyFiles.write(dir.resolve("x.npy"), NpyFiles.floats("(2, 1)", 1, 2));
        Path y = NpyFiles.write(dir.resolve("y.npy"), NpyFiles.longs("(2,)", 0, 1));
        LabeledData data = NumpyData.npy(x, y).read();

        LabeledData named = data.withClassNames(List.of("cat", "dog"));

        assertThat(data.classNames()).isEmpty();
        assertThat(named.classNames()).contains(List.of("cat", "dog"));
        assertThat(named.name()).isEqualTo(data.name());
        assertThat(named.limit(1).classNames()).contains(List.of("cat", "dog"));
        assertThat(named.mapInputs("double", (v, offset, length) -> v[offset] *= 2).classNames()).contains(List.of("cat", "dog"));
        assertThatThrownBy(() -> data.withClassNames(List.of("cat"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 2 classes but 1 class names were given [cat]");
    }
}
