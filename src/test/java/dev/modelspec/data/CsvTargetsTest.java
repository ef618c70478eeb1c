package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV column of numbers to predict, for regression models. */
class CsvTargetsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTargetColumnAsNumbersThatSurviveALimit() throws IOException {
        Path file = Files.writeString(dir.resolve("houses.csv"), "rooms,area,price\n3,70.5,1.25\n4,90,-2.5\n2,40,0.75\n");

        LabeledData data = CsvData.from(file).features("rooms", "area").target("price").read();

        assertThat(data.size()).isEqualTo(3);
        assertThat(new float[] {data.target(0), data.target(1), data.target(2)}).containsExactly(1.25f, -2.5f, 0.75f);
        assertThat(data.label(1)).isZero();
        assertThat(data.classCount()).isEqualTo(1);
        assertThat(data.limit(2).target(1)).isEqualTo(-2.5f);
        float[] inputs = new float[2];
        data.copyInputs(0, 1, inputs, 0);
        assertThat(inputs).containsExactly(3f, 70.5f);
    }

    @Test
    void targetAndLabelColumnsNameTheDataDifferently() throws IOException {
        Path file = Files.writeString(dir.resolve("houses.csv"), "rooms,price\n3,1\n4,0\n");

        assertThat(CsvData.from(file).features("rooms").target("price").read().name())
                .isNotEqualTo(CsvData.from(file).features("rooms").label("price").read().name());
    }

    @Test
    void aTargetThatIsNotANumberNamesTheRecordAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("houses.csv"), "rooms,price\n3,1.5\n4,n/a\n");

        assertThatThrownBy(() -> CsvData.from(file).features("rooms").target("price").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("record 2 (line 3) column \"price\" holds \"n/a\", not a finite number");
    }
}
