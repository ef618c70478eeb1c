package dev.modelspec.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the regression example of {@code examples/}: a small MLP ({@code 4 -> Dense 16 ReLU ->
 * Dense 1}) with seeded Glorot weights, exported as {@code examples/models/sensor-mlp}, and the CSV
 * file {@code examples/data/sensors.csv} of {@value #ROWS} examples whose target is that model's
 * output plus Gaussian noise. The model is the data's generating function, so it fits the data as
 * well as anything can (R² near {@code 1 - noise variance / target variance}); no training and no
 * Python involved, and the same bytes on every run.
 *
 * <p>Run from the project directory: {@value #COMMAND}. Optional arguments: the model and data
 * directories (default {@code examples/models/sensor-mlp} and {@code examples/data}).
 */
public final class RegressionExample {

    /** The command that runs this generator. */
    static final String COMMAND = "mvn test-compile exec:java -Dexec.classpathScope=test"
            + " -Dexec.mainClass=dev.modelspec.train.RegressionExample";

    static final String MODEL = "sensor-mlp";
    static final String DATA = "sensors.csv";
    static final int ROWS = 2000;
    static final long SEED = 20261203;
    /** The noise's standard deviation, in the target's unit. */
    static final double NOISE = 0.05;
    static final String[] FEATURES = {"temperature", "humidity", "pressure", "wind"};

    private RegressionExample() {}

    /**
     * Writes the model and the data.
     *
     * @param args the model directory and the data directory, both optional
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path model = Path.of(args.length > 0 ? args[0] : "examples/models/" + MODEL);
        Path data = Path.of(args.length > 1 ? args[1] : "examples/data");
        write(model, data.resolve(DATA));
    }

    /** Exports the model into {@code modelDirectory} and writes its data to {@code csv}. */
    static void write(Path modelDirectory, Path csv) throws IOException {
        try (TrainableModel teacher = SequentialModelBuilder.withInput(FEATURES.length).dense(16, true).dense(1, false)
                .seed(SEED).build()) {
            Random random = new Random(SEED);
            float[] inputs = new float[ROWS * FEATURES.length];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = Float.parseFloat(fixed(random.nextGaussian()));
            }
            float[] outputs = teacher.predict(inputs, ROWS);
            StringBuilder text = new StringBuilder(String.join(",", FEATURES)).append(",load\n");
            for (int row = 0; row < ROWS; row++) {
                for (int j = 0; j < FEATURES.length; j++) {
                    text.append(fixed(inputs[row * FEATURES.length + j])).append(',');
                }
                text.append(fixed(outputs[row] + NOISE * random.nextGaussian())).append('\n');
            }
            Files.createDirectories(csv.toAbsolutePath().getParent());
            Files.writeString(csv, text, StandardCharsets.UTF_8);
            teacher.export(modelDirectory);
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
