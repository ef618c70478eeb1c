package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("flowers.csv"), text);
    }

    @Test
    void readsTheChosenColumnsInTheChosenOrderWithNamedClasses() throws IOException {
        Path file = csv("""
                id,b,a,species
                1,0.5,1.5,cat
                2,"2.25",-3,dog
                3, 4 ,5e-1,cat
                """);

        LabeledData data = CsvData.from(file).features("a", "b").label("species").classes("cat", "dog").read();

        float[] inputs = new float[6];
        data.copyInputs(0, 3, inputs, 0);
        assertThat(inputs).containsExactly(1.5f, 0.5f, -3f, 2.25f, 0.5f, 4f);
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.exampleShape()).containsExactly(2);
        assertThat(new int[] {data.label(0), data.label(1), data.label(2)}).containsExactly(0, 1, 0);
        assertThat(data.classCount()).isEqualTo(2);
        assertThat(data.classNames()).contains(java.util.List.of("cat", "dog"));
        assertThat(data.name()).matches("flowers\\.csv#[0-9a-f]{8}");
    }

    @Test
    void skipsAByteOrderMarkBeforeTheHeader() throws IOException {
        LabeledData data = CsvData.from(csv("\uFEFFx,y\n2,1\n")).features("x").label("y").read();

        assertThat(data.label(0)).isEqualTo(1);
    }

    @Test
    void numberedLabelsGiveAsManyClassesAsTheLargestPlusOneUnlessDeclared() throws IOException {
        Path file = csv("x,y\n1,0\n2,3\n");

        assertThat(CsvData.from(file).features("x").label("y").read().classCount()).isEqualTo(4);
        assertThat(CsvData.from(file).features("x").label("y").classCount(10).read().classCount()).isEqualTo(10);
        assertThat(CsvData.from(file).features("x").label("y").read().classNames()).isEmpty();
    }

    @Test
    void theNameChangesWhenTheColumnsChange() throws IOException {
        Path file = csv("x,z,y\n1,2,0\n");

        assertThat(CsvData.from(file).features("x").label("y").read().name())
                .isNotEqualTo(CsvData.from(file).features("z").label("y").read().name());
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThereAre() throws IOException {
        Path file = csv("x,y\n1,0\n");

        assertThatThrownBy(() -> CsvData.from(file).features("x", "w").label("y").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("no column \"w\"")
                .hasMessageContaining("[x, y]");
    }

    @Test
    void aValueThatIsNotANumberNamesTheRecordLineAndColumn() throws IOException {
        Path file = csv("x,y\n1,0\n,1\n");

        assertThatThrownBy(() -> CsvData.from(file).features("x").label("y").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("record 2 (line 3) column \"x\" holds \"\", not a finite number");
    }

    @Test
    void anUndeclaredClassNameAndATextLabelWithoutClassesAreExplained() throws IOException {
        Path file = csv("x,y\n1,cat\n2,bird\n");

        assertThatThrownBy(() -> CsvData.from(file).features("x").label("y").classes("cat", "dog").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("record 2 (line 3)")
                .hasMessageContaining("label \"bird\" is not one of the declared classes [cat, dog]");
        assertThatThrownBy(() -> CsvData.from(file).features("x").label("y").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("label \"cat\" is not a whole number")
                .hasMessageContaining("classes(");
    }

    @Test
    void aShortRowANegativeLabelAndAnEmptyFileAreErrors() throws IOException {
        assertThatThrownBy(() -> CsvData.from(csv("x,y\n1\n")).features("x").label("y").read())
                .hasMessageContaining("record 1 (line 2) has 1 fields but the header names 2 columns");
        assertThatThrownBy(() -> CsvData.from(csv("x,y\n1,-1\n")).features("x").label("y").read())
                .hasMessageContaining("label -1 is outside [0,");
        assertThatThrownBy(() -> CsvData.from(csv("x,y\n")).features("x").label("y").read())
                .hasMessageContaining("has a header but no records");
        assertThatThrownBy(() -> CsvData.from(dir.resolve("absent.csv")).features("x").label("y").read())
                .isInstanceOf(DataFormatException.class).hasMessageContaining("absent.csv");
    }

    @Test
    void readsOtherDelimitersAndRejectsAColumnChosenTwice() throws IOException {
        LabeledData data = CsvData.from(csv("x;y\n1.5;1\n")).delimiter(';').features("x").label("y").read();
        float[] inputs = new float[1];

        data.copyInputs(0, 1, inputs, 0);

        assertThat(inputs).containsExactly(1.5f);
        assertThat(data.label(0)).isEqualTo(1);
        assertThatThrownBy(() -> data.copyInputs(0, 2, inputs, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> CsvData.from(csv("x;y\n")).features("x").label("x").read())
                .hasMessageContaining("both as a feature and as the label");
    }
}
