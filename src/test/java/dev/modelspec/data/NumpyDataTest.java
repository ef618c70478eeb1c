package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumpyDataTest {

    @TempDir
    Path dir;

    @Test
    void readsNpyFeaturesOfEveryTypeAndShapeAfterTheFirstDimension() throws IOException {
        Path labels = NpyFiles.write(dir.resolve("y.npy"), NpyFiles.longs("(2,)", 1, 0));
        Path f32 = NpyFiles.write(dir.resolve("f32.npy"), NpyFiles.floats("(2, 1, 2)", 1.5f, -2f, 3f, 4.25f));
        Path f64 = NpyFiles.write(dir.resolve("f64.npy"), NpyFiles.npy("<f8", "(2, 2)", ByteOrder.LITTLE_ENDIAN, 32,
                b -> b.putDouble(1.5).putDouble(-2).putDouble(3).putDouble(4.25)));
        Path i32 = NpyFiles.write(dir.resolve("i32.npy"), NpyFiles.npy(">i4", "(2, 2)", ByteOrder.BIG_ENDIAN, 16,
                b -> b.putInt(1).putInt(-2).putInt(3).putInt(4)));
        Path i64 = NpyFiles.write(dir.resolve("i64.npy"), NpyFiles.longs("(2, 2)", 1, -2, 3, 4));
        Path u8 = NpyFiles.write(dir.resolve("u8.npy"), NpyFiles.npy("|u1", "(2, 2)", ByteOrder.LITTLE_ENDIAN, 4,
                b -> b.put((byte) 0).put((byte) 255).put((byte) 51).put((byte) 102)));

        assertThat(inputs(NumpyData.npy(f32, labels).read())).containsExactly(1.5f, -2f, 3f, 4.25f);
        assertThat(NumpyData.npy(f32, labels).read().exampleShape()).containsExactly(1, 2);
        assertThat(inputs(NumpyData.npy(f64, labels).read())).containsExactly(1.5f, -2f, 3f, 4.25f);
        assertThat(inputs(NumpyData.npy(i32, labels).read())).containsExactly(1f, -2f, 3f, 4f);
        assertThat(inputs(NumpyData.npy(i64, labels).read())).containsExactly(1f, -2f, 3f, 4f);
        assertThat(inputs(NumpyData.npy(u8, labels).scale(1f / 255).read()))
                .containsExactly(new float[] {0f, 1f, 0.2f, 0.4f}, within(1e-7f));
        LabeledData data = NumpyData.npy(f32, labels).classes("cat", "dog").read();
        assertThat(new int[] {data.label(0), data.label(1)}).containsExactly(1, 0);
        assertThat(data.classNames()).contains(java.util.List.of("cat", "dog"));
    }

    @Test
    void copiesASliceIntoTheTargetAtItsOffset() throws IOException {
        Path x = NpyFiles.write(dir.resolve("x.npy"), NpyFiles.floats("(3, 2)", 0, 1, 2, 3, 4, 5));
        Path y = NpyFiles.write(dir.resolve("y.npy"), NpyFiles.longs("(3, 1)", 0, 1, 2));
        float[] target = {9, 9, 9, 9, 9};

        NumpyData.npy(x, y).read().copyInputs(1, 2, target, 1);

        assertThat(target).containsExactly(9, 2, 3, 4, 5);
    }

    @Test
    void readsArraysOfAnNpzArchiveByKeyAndListsTheKeysWhenOneIsMissing() throws IOException {
        Path archive = NpyFiles.npz(dir.resolve("d.npz"), "x_test", NpyFiles.floats("(2, 2)", 1, 2, 3, 4),
                "y_test", NpyFiles.longs("(2,)", 2, 1));

        LabeledData data = NumpyData.npz(archive, "x_test", "y_test").read();

        assertThat(inputs(data)).containsExactly(1, 2, 3, 4);
        assertThat(data.classCount()).isEqualTo(3);
        assertThatThrownBy(() -> NumpyData.npz(archive, "x", "y_test").read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("holds no array \"x\"; its arrays are [x_test, y_test]");
    }

    @Test
    void rejectsWhatItCannotReadNamingTheFileAndTheFix() throws IOException {
        Path x = NpyFiles.write(dir.resolve("x.npy"), NpyFiles.floats("(2, 2)", 1, 2, 3, 4));
        Path oneHot = NpyFiles.write(dir.resolve("onehot.npy"), NpyFiles.floats("(2, 2)", 1, 0, 0, 1));
        Path floatLabels = NpyFiles.write(dir.resolve("fy.npy"), NpyFiles.floats("(2,)", 1, 0));
        Path threeLabels = NpyFiles.write(dir.resolve("y3.npy"), NpyFiles.longs("(3,)", 1, 0, 1));
        Path fortran = NpyFiles.write(dir.resolve("f.npy"), new String(NpyFiles.floats("(2, 2)", 1, 2, 3, 4),
                java.nio.charset.StandardCharsets.ISO_8859_1).replace("False", "True ")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path f16 = NpyFiles.write(dir.resolve("h.npy"), NpyFiles.npy("<f2", "(2,)", ByteOrder.LITTLE_ENDIAN, 4, b -> {}));
        Path truncated = NpyFiles.write(dir.resolve("t.npy"), NpyFiles.floats("(3, 2)", 1, 2));
        Path text = NpyFiles.write(dir.resolve("text.npy"), "x,y\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path y = NpyFiles.write(dir.resolve("y.npy"), NpyFiles.longs("(2,)", 1, 0));

        assertThatThrownBy(() -> NumpyData.npy(x, oneHot).read()).hasMessageContaining("onehot.npy has shape [2, 2]")
                .hasMessageContaining("argmax(axis=1)");
        assertThatThrownBy(() -> NumpyData.npy(x, floatLabels).read()).hasMessageContaining("fy.npy holds float32 labels");
        assertThatThrownBy(() -> NumpyData.npy(x, threeLabels).read()).hasMessageContaining("x.npy holds 2 examples")
                .hasMessageContaining("y3.npy holds 3 labels");
        assertThatThrownBy(() -> NumpyData.npy(fortran, y).read()).hasMessageContaining("f.npy is stored in Fortran order");
        assertThatThrownBy(() -> NumpyData.npy(f16, y).read()).hasMessageContaining("h.npy holds values of NumPy type <f2");
        assertThatThrownBy(() -> NumpyData.npy(truncated, y).read()).hasMessageContaining("t.npy holds 8 bytes")
                .hasMessageContaining("shape [3, 2]");
        assertThatThrownBy(() -> NumpyData.npy(text, y).read()).hasMessageContaining("text.npy is not a NumPy .npy file");
        assertThatThrownBy(() -> NumpyData.npy(x, y).classCount(1).read()).hasMessageContaining("y.npy label 0: label 1 is outside [0, 1)");
        assertThatThrownBy(() -> NumpyData.npy(dir.resolve("none.npy"), y).read()).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("none.npy");
    }

    @Test
    void readsRegressionTargetsOfAnyNumericTypeThatSurviveALimit() throws IOException {
        Path x = NpyFiles.write(dir.resolve("x.npy"), NpyFiles.floats("(3, 2)", 0, 1, 2, 3, 4, 5));
        Path f32 = NpyFiles.write(dir.resolve("price.npy"), NpyFiles.floats("(3,)", 1.25f, -2.5f, 0.75f));
        Path f64 = NpyFiles.write(dir.resolve("price64.npy"), NpyFiles.npy("<f8", "(3, 1)", ByteOrder.LITTLE_ENDIAN, 24,
                b -> b.putDouble(1.25).putDouble(-2.5).putDouble(0.75)));
        Path archive = NpyFiles.npz(dir.resolve("houses.npz"), "x", NpyFiles.floats("(3, 2)", 0, 1, 2, 3, 4, 5),
                "y", NpyFiles.longs("(3,)", 7, 0, 9));

        LabeledData data = NumpyData.npy(x, f32).numericTargets().read();

        assertThat(targets(data)).containsExactly(1.25f, -2.5f, 0.75f);
        assertThat(targets(NumpyData.npy(x, f64).numericTargets().read())).containsExactly(1.25f, -2.5f, 0.75f);
        assertThat(targets(NumpyData.npz(archive, "x", "y").numericTargets().read())).containsExactly(7f, 0f, 9f);
        assertThat(data.classCount()).isEqualTo(1);
        assertThat(data.label(2)).isZero();
        assertThat(data.limit(2).target(1)).isEqualTo(-2.5f);
        assertThat(inputs(data)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(data.name()).isNotEqualTo(NumpyData.npz(archive, "x", "y").read().name());
    }

    @Test
    void rejectsTargetsThatDoNotFitTheFeaturesNamingTheFile() throws IOException {
        Path x = NpyFiles.write(dir.resolve("x.npy"), NpyFiles.floats("(2, 2)", 1, 2, 3, 4));
        Path wide = NpyFiles.write(dir.resolve("wide.npy"), NpyFiles.floats("(2, 2)", 1, 2, 3, 4));
        Path three = NpyFiles.write(dir.resolve("three.npy"), NpyFiles.floats("(3,)", 1, 2, 3));
        Path missing = NpyFiles.write(dir.resolve("nan.npy"), NpyFiles.floats("(2,)", 1, Float.NaN));
        Path floatLabels = NpyFiles.write(dir.resolve("fy.npy"), NpyFiles.floats("(2,)", 1.5f, 0));

        assertThatThrownBy(() -> NumpyData.npy(x, wide).numericTargets().read()).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("wide.npy has shape [2, 2]; targets must hold one number per example");
        assertThatThrownBy(() -> NumpyData.npy(x, three).numericTargets().read())
                .hasMessageContaining("three.npy holds 3 targets");
        assertThatThrownBy(() -> NumpyData.npy(x, missing).numericTargets().read())
                .hasMessageContaining("nan.npy target 1 is NaN, not a finite number");
        assertThatThrownBy(() -> NumpyData.npy(x, floatLabels).read())
                .hasMessageContaining("fy.npy holds float32 labels").hasMessageContaining("numericTargets()");
    }

    private static float[] targets(LabeledData data) {
        float[] targets = new float[data.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = data.target(i);
        }
        return targets;
    }

    private static float[] inputs(LabeledData data) {
        float[] inputs = new float[data.size() * data.exampleLength()];
        data.copyInputs(0, data.size(), inputs, 0);
        return inputs;
    }
}
