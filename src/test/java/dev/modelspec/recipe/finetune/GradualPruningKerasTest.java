package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledImages;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonTensorFlow;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.pruning.GradualPruning;
import dev.modelspec.recipe.pruning.PolynomialDecay;
import dev.modelspec.recipe.pruning.Pruning;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradual pruning prunes as tfmot does: the generated Keras 3 CNN, pruned 50% → 80% over 2 epochs by
 * ModelSpec through its derived training graph, and its Keras model pruned by tfmot's algorithm
 * ({@code modelspec_pruning.py}) on the same batches in the same order with the same optimizer, end
 * with the same classes on the test images (at most {@value #DIFFERENT_CLASSES_ALLOWED} of 1,000 differing)
 * and outputs apart by at most {@value #OUTPUT_TOLERANCE}. Measured here: 1.9e-5 and none. The
 * tolerance leaves room for float32 sums in other orders on other CPUs, which may put a weight at the
 * magnitude threshold on the other side of it; masks computed one step late (a loop that masks after
 * its step, as ModelSpec's did) give 1.2. ModelSpec's candidate is served by Python {@code
 * tf.saved_model.load}.
 */
@Tag("interop")
class GradualPruningKerasTest {

    private static final Path FASHION = Path.of("examples/data/fashion-mnist").toAbsolutePath();
    private static final int TRAINING = 2048;
    private static final int BATCH = 64;
    private static final int EPOCHS = 2;
    private static final int TEST = 1000;
    private static final long SEED = 42;
    private static final double OUTPUT_TOLERANCE = 0.02;
    private static final int DIFFERENT_CLASSES_ALLOWED = 2;

    @Test
    void prunesTheSameBatchesToTheSameModelAsTfmotInKeras(@TempDir Path temporary) throws IOException {
        GeneratedModel generated = GeneratedModels.get("keras3_trained_cnn");
        long steps = (long) EPOCHS * TRAINING / BATCH;
        PolynomialDecay schedule = new PolynomialDecay(0.5, 0.8, 0, steps, 3, 10);
        GradualPruning gradual = Pruning.gradual(Pruning.magnitude(), schedule).epochs(EPOCHS).batchSize(BATCH);
        LabeledImages training = FashionMnist.from(FASHION).loadTrain().first(TRAINING);
        LabeledImages test = FashionMnist.from(FASHION).loadTest().first(TEST);

        Path candidate = temporary.resolve("candidate");
        TrainingContext context;
        try (SavedModel model = SavedModel.open(SavedModelReference.of(generated.directory()))) {
            WeightSet weights = model.readWeights();
            context = TrainingContext.of(SEED, new TrainingSetup(model, training, "train"));
            gradual.apply(weights, context);
            model.writeWeights(weights);
            model.exportTo(candidate, ExportOptions.asIs());
            assertThat(weights.prunableSparsity()).as("ModelSpec's sparsity").isCloseTo(0.8, within(1e-3));
        }
        Path order = temporary.resolve("order.i32");
        writeOrder(order, context);
        JsonNode keras = PythonTensorFlow.require().ask(PythonTensorFlow.request("keras_gradual_pruning")
                .put("model", generated.file("keras3_trained_cnn.keras").toString()).put("fashion", FASHION.toString())
                .put("count", TRAINING).put("test_count", TEST).put("order", order.toString()).put("epochs", EPOCHS)
                .put("batch", BATCH).put("initial", schedule.initialSparsity()).put("final", schedule.finalSparsity())
                .put("begin", schedule.beginStep()).put("end", schedule.endStep()).put("power", schedule.power())
                .put("frequency", schedule.frequency()).put("learning_rate", 1e-3).put("seed", SEED)
                .put("out", temporary.resolve("keras-").toString()));
        float[] kerasLogits = floats(Path.of(keras.get("outputs").get("logits").get("file").asText()));

        float[] images = new float[TEST * test.exampleLength()];
        test.copyInputs(0, TEST, images, 0);
        float[] ours = PythonServing.run(PythonServing.Consumer.SAVED_MODEL, candidate, "serving_default", null, images, TEST,
                new long[] {28, 28, 1});

        SameOutputs.Comparison comparison = SameOutputs.compare(kerasLogits, ours, 10);
        assertThat(keras.get("sparsity").asDouble()).as("Keras' sparsity").isCloseTo(0.8, within(1e-3));
        assertThat(comparison.maxAbsDifference()).as("largest logit difference from Keras").isLessThanOrEqualTo(OUTPUT_TOLERANCE);
        assertThat(comparison.differentArgmax()).as("test images classified otherwise than by Keras")
                .isLessThanOrEqualTo(DIFFERENT_CLASSES_ALLOWED);
        assertThat(keras.get("pruned").asDouble()).as("Keras' accuracy after pruning, against its baseline")
                .isGreaterThan(keras.get("baseline").asDouble() - 0.1);
    }

    private static void writeOrder(Path file, TrainingContext context) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(EPOCHS * TRAINING * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            for (int index : MaskedFineTuning.epochOrder(TRAINING, context, epoch)) {
                bytes.putInt(index);
            }
        }
        Files.write(file, bytes.array());
    }

    private static float[] floats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
