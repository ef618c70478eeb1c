package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by NumPy and TensorFlow themselves ({@code /work/pyvenv}, or the interpreter named by
 * {@code -Dmodelspec.python}) read back value for value.
 */
@Tag("interop")
class NumpyAndTfRecordInteropTest {

    /**
     * The values every file holds: x[i][j] = i + j / 4, labels i % 3, names "c" + label, regression
     * targets t[i] = 1.5 - i / 8 (exact in float32).
     */
    private static final String VALUES = """
            import numpy as np
            x = (np.arange(5)[:, None] + np.arange(4)[None, :] / 4).astype(np.float64)
            y = np.arange(5) % 3
            t = 1.5 - np.arange(5) / 8
            """;

    @TempDir
    Path dir;

    @Test
    void readsNpyAndNpzFilesNumpyWrote() throws Exception {
        python(VALUES + """
                np.save('x64.npy', x)
                np.save('x32.npy', x.astype(np.float32).reshape(5, 2, 2))
                np.save('u8.npy', (x * 4).astype(np.uint8))
                np.save('y.npy', y)
                np.save('y32.npy', y.astype(np.int32).reshape(5, 1))
                np.savez_compressed('both.npz', features=x.astype(np.float32), labels=y.astype(np.uint8))
                np.savez('positional.npz', x, y)
                np.save('t64.npy', t)
                np.savez_compressed('regression.npz', x=x.astype(np.float32), t=t.astype(np.float32).reshape(5, 1))
                """);

        assertMatches(NumpyData.npy(dir.resolve("x64.npy"), dir.resolve("y.npy")).read(), 1f);
        assertMatches(NumpyData.npy(dir.resolve("x32.npy"), dir.resolve("y32.npy")).read(), 1f);
        assertMatches(NumpyData.npy(dir.resolve("u8.npy"), dir.resolve("y.npy")).scale(0.25f).read(), 1f);
        assertMatches(NumpyData.npz(dir.resolve("both.npz"), "features", "labels").read(), 1f);
        assertMatches(NumpyData.npz(dir.resolve("positional.npz"), "arr_0", "arr_1").read(), 1f);
        assertThat(NumpyData.npy(dir.resolve("x32.npy"), dir.resolve("y.npy")).read().exampleShape()).containsExactly(2, 2);
        assertTargets(NumpyData.npy(dir.resolve("x64.npy"), dir.resolve("t64.npy")).numericTargets().read());
        assertTargets(NumpyData.npz(dir.resolve("regression.npz"), "x", "t").numericTargets().read());
    }

    @Test
    void readsTfRecordsTensorFlowWrote() throws Exception {
        python(VALUES + """
                import tensorflow as tf
                def example(i):
                    return tf.train.Example(features=tf.train.Features(feature={
                        'x': tf.train.Feature(float_list=tf.train.FloatList(value=x[i])),
                        'label': tf.train.Feature(int64_list=tf.train.Int64List(value=[y[i]])),
                        'name': tf.train.Feature(bytes_list=tf.train.BytesList(value=[b'c%d' % y[i]])),
                        'price': tf.train.Feature(float_list=tf.train.FloatList(value=[t[i]])),
                    })).SerializeToString()
                with tf.io.TFRecordWriter('plain.tfrecord') as w:
                    for i in range(3): w.write(example(i))
                with tf.io.TFRecordWriter('rest.tfrecord.gz', options='GZIP') as w:
                    for i in range(3, 5): w.write(example(i))
                """);

        LabeledData byIndex = TfRecordData.from(dir.resolve("plain.tfrecord"), dir.resolve("rest.tfrecord.gz"))
                .features("x").label("label").read();
        LabeledData byName = TfRecordData.from(dir.resolve("plain.tfrecord"), dir.resolve("rest.tfrecord.gz"))
                .features("x").label("name").classes("c0", "c1", "c2").read();

        assertMatches(byIndex, 1f);
        assertMatches(byName, 1f);
        assertThat(byName.classNames()).contains(List.of("c0", "c1", "c2"));
        assertTargets(TfRecordData.from(dir.resolve("plain.tfrecord"), dir.resolve("rest.tfrecord.gz"))
                .features("x").target("price").read());
    }

    private static void assertTargets(LabeledData data) {
        assertThat(data.size()).isEqualTo(5);
        assertThat(data.classCount()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(data.target(i)).as("t[%d]", i).isEqualTo(1.5f - i / 8f);
        }
        float[] inputs = new float[4];
        data.copyInputs(4, 1, inputs, 0);
        assertThat(inputs).containsExactly(4f, 4.25f, 4.5f, 4.75f);
    }

    private static void assertMatches(LabeledData data, float scale) {
        assertThat(data.size()).isEqualTo(5);
        assertThat(data.exampleLength()).isEqualTo(4);
        float[] inputs = new float[20];
        data.copyInputs(0, 5, inputs, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(data.label(i)).isEqualTo(i % 3);
            for (int j = 0; j < 4; j++) {
                assertThat(inputs[4 * i + j]).as("x[%d][%d]", i, j).isCloseTo(scale * (i + j / 4f), within(1e-6f));
            }
        }
    }

    private void python(String script) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("write.py"), script);
        String python = System.getProperty("modelspec.python", "/work/pyvenv/bin/python");
        Process process = new ProcessBuilder(python, file.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("python.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("python finished in 2 minutes").isTrue();
        assertThat(process.exitValue()).as("python failed:%n%s", Files.readString(dir.resolve("python.log"))).isZero();
    }
}
