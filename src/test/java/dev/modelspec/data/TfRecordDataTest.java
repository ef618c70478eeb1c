package dev.modelspec.data;

import static dev.modelspec.data.TfRecordFiles.example;
import static dev.modelspec.data.TfRecordFiles.floats;
import static dev.modelspec.data.TfRecordFiles.ints;
import static dev.modelspec.data.TfRecordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TfRecordDataTest {

    @TempDir
    Path dir;

    @Test
    void concatenatesTheChosenFeaturesInOrderAndShapesThem() throws IOException {
        Path file = TfRecordFiles.write(dir.resolve("a.tfrecord"),
                example("x", floats(1, 2, 3), "n", ints(7), "y", ints(1), "id", text("first")),
                example("x", floats(4, 5, 6), "n", ints(8), "y", ints(0), "id", text("second")));

        LabeledData data = TfRecordData.from(file).features("n", "x").shape(2, 2).label("y").read();

        float[] inputs = new float[8];
        data.copyInputs(0, 2, inputs, 0);
        assertThat(inputs).containsExactly(7, 1, 2, 3, 8, 4, 5, 6);
        assertThat(data.exampleShape()).containsExactly(2, 2);
        assertThat(new int[] {data.label(0), data.label(1)}).containsExactly(1, 0);
        assertThat(data.classCount()).isEqualTo(2);
        assertThat(data.name()).startsWith("a.tfrecord#");
        assertThat(data.namedInputs()).as("each feature feeds the input of its name")
                .containsExactly(new NamedInput("n", 1), new NamedInput("x", 3));
    }

    @Test
    void readsSeveralFilesGzippedOrNotAndClassNamesAsBytes() throws IOException {
        Path plain = TfRecordFiles.write(dir.resolve("part-0.tfrecord"), example("x", floats(1), "y", text("dog")));
        Path gzipped = dir.resolve("part-1.tfrecord.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(TfRecordFiles.framed(example("x", floats(2), "y", text("cat"))));
        }

        LabeledData data = TfRecordData.from(plain, gzipped).features("x").label("y").classes("cat", "dog").read();

        assertThat(data.size()).isEqualTo(2);
        assertThat(new int[] {data.label(0), data.label(1)}).containsExactly(1, 0);
        assertThat(data.classNames()).contains(java.util.List.of("cat", "dog"));
    }

    @Test
    void aCorruptOrTruncatedRecordIsNamedWithItsNumber() throws IOException {
        byte[] bytes = TfRecordFiles.framed(example("x", floats(1), "y", ints(0)), example("x", floats(2), "y", ints(1)));
        byte[] corrupt = bytes.clone();
        corrupt[bytes.length - 6] ^= 1;
        Path corrupted = Files.write(dir.resolve("corrupt.tfrecord"), corrupt);
        Path truncated = Files.write(dir.resolve("short.tfrecord"), Arrays.copyOf(bytes, bytes.length - 3));
        Path notRecords = Files.writeString(dir.resolve("text.tfrecord"), "x,y\n1,0\n2,1\n");

        assertThatThrownBy(() -> TfRecordData.from(corrupted).features("x").label("y").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("corrupt.tfrecord has a wrong data checksum in record 2");
        assertThatThrownBy(() -> TfRecordData.from(truncated).features("x").label("y").read())
                .hasMessageContaining("short.tfrecord ends inside record 2");
        assertThatThrownBy(() -> TfRecordData.from(notRecords).features("x").label("y").read())
                .hasMessageContaining("text.tfrecord has a wrong length checksum in record 1");
    }

    @Test
    void aMissingFeatureAnotherLengthOrKindAndABadLabelAreExplained() throws IOException {
        Path file = TfRecordFiles.write(dir.resolve("b.tfrecord"),
                example("x", floats(1, 2), "y", ints(0), "img", text("png bytes")),
                example("x", floats(1), "y", ints(0)));

        assertThatThrownBy(() -> TfRecordData.from(file).features("z").label("y").read())
                .hasMessageContaining("b.tfrecord record 1 has no feature \"z\"; its features are [img, x, y]");
        assertThatThrownBy(() -> TfRecordData.from(file).features("x").label("y").read())
                .hasMessageContaining("record 2: feature \"x\" holds 1 values but the first record's holds 2");
        assertThatThrownBy(() -> TfRecordData.from(file).features("img").label("y").read())
                .hasMessageContaining("feature \"img\" holds 1 bytes value(s)");
        assertThatThrownBy(() -> TfRecordData.from(file).features("y").label("x").read())
                .hasMessageContaining("feature \"x\" holds 2 float value(s); a label must be one int64");
        assertThatThrownBy(() -> TfRecordData.from(file).features("x").shape(3).label("y").read())
                .hasMessageContaining("hold 2 values, which do not fill shape [3]");
        assertThatThrownBy(() -> TfRecordData.from(Files.write(dir.resolve("empty.tfrecord"), new byte[0]))
                .features("x").label("y").read()).hasMessageContaining("hold no records");
    }

    @Test
    void readsAFloatOrInt64TargetPerRecordForARegression() throws IOException {
        Path file = TfRecordFiles.write(dir.resolve("houses.tfrecord"),
                example("x", floats(3, 70.5f), "price", floats(1.25f), "floors", ints(2)),
                example("x", floats(4, 90), "price", floats(-2.5f), "floors", ints(1)),
                example("x", floats(2, 40), "price", floats(0.75f), "floors", ints(3)));

        LabeledData data = TfRecordData.from(file).features("x").target("price").read();

        assertThat(new float[] {data.target(0), data.target(1), data.target(2)}).containsExactly(1.25f, -2.5f, 0.75f);
        LabeledData floors = TfRecordData.from(file).features("x").target("floors").read();
        assertThat(new float[] {floors.target(0), floors.target(1), floors.target(2)}).containsExactly(2f, 1f, 3f);
        assertThat(data.classCount()).isEqualTo(1);
        assertThat(data.label(1)).isZero();
        assertThat(data.limit(2).target(1)).isEqualTo(-2.5f);
        assertThat(floors.name()).isNotEqualTo(TfRecordData.from(file).features("x").label("floors").read().name());
        float[] inputs = new float[2];
        data.copyInputs(2, 1, inputs, 0);
        assertThat(inputs).containsExactly(2f, 40f);
    }

    @Test
    void aTargetThatIsNotOneFiniteNumberNamesTheRecordAndFeature() throws IOException {
        Path file = TfRecordFiles.write(dir.resolve("t.tfrecord"),
                example("x", floats(1), "y", floats(1.5f), "pair", floats(1, 2), "name", text("a")),
                example("x", floats(2), "y", floats(Float.NaN), "pair", floats(3, 4), "name", text("b")));

        assertThatThrownBy(() -> TfRecordData.from(file).features("x").target("y").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("t.tfrecord record 2 feature \"y\" is NaN, not a finite number");
        assertThatThrownBy(() -> TfRecordData.from(file).features("x").target("pair").read())
                .hasMessageContaining("record 1 feature \"pair\" holds 2 float value(s); a target must be one float or int64");
        assertThatThrownBy(() -> TfRecordData.from(file).features("x").target("name").read())
                .hasMessageContaining("feature \"name\" holds 1 bytes value(s)");
    }
}
