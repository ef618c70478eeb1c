package dev.modelspec.model;

import static dev.modelspec.interop.SameOutputs.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.train.AccuracyEvaluator;
import dev.modelspec.train.Padding;
import dev.modelspec.train.SequentialModelBuilder;
import dev.modelspec.train.TrainableModel;
import dev.modelspec.train.Trainer;
import dev.modelspec.train.TrainingSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving inputs of other shapes than {@code [-1, 28, 28]} under {@code serving_default}. */
class ServingShapesTest {

    private static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small").toAbsolutePath();
    private static final int FIXED_BATCH = 24;

    @TempDir
    Path tmp;

    @Test
    void fixedBatchModelPadsTheLastBatchAndPredictsAsTheFreeBatchModel() throws Exception {
        Path untrained = tmp.resolve("untrained");
        Path fixed = tmp.resolve("fixed");
        try (TrainableModel model = SequentialModelBuilder.withInput(28, 28).reshape(28, 28, 1)
                .conv2d(12, 3, Padding.VALID, true).maxPool2d(2).flatten().dense(10, false)
                .fixedBatch(FIXED_BATCH).build()) {
            model.export(untrained);
        }
        try (SavedModel example = SavedModel.open(SavedModelReference.of(SMALL_CNN));
                SavedModel copy = SavedModel.open(SavedModelReference.of(untrained))) {
            copy.writeWeights(example.readWeights());
            copy.exportTo(fixed, ExportOptions.asIs());
        }
        LabeledData test = FashionMnist.test();
        float[] inputs = new float[test.size() * test.exampleLength()];
        test.copyInputs(0, test.size(), inputs, 0);
        try (ModelRunner fixedBatch = ModelRunner.open(SavedModelReference.of(fixed));
                ModelRunner freeBatch = ModelRunner.open(SavedModelReference.of(SMALL_CNN))) {
            assertThat(fixedBatch.inputs().get(0).shape()).containsExactly(FIXED_BATCH, 28, 28);
            assertThat(freeBatch.inputs().get(0).fixedBatchSize()).isEmpty();
            // 10,000 = 416 batches of 24 and a last batch of 16 examples padded with 8.
            float[] expected = freeBatch.run(inputs, test.size());
            assertSame("batches of 24 against one batch of 10,000", fixedBatch.run(inputs, test.size()), expected, 10, 1e-5);
            // 8882 of 10000 measured; another CPU may flip a near tie.
            assertThat(Evaluator.create().evaluate(fixedBatch, test).correctCount()).isCloseTo(8882, within(2));
        }
    }

    @Test
    void opensAModelWithoutServingDefaultThroughItsSignatureKey() throws Exception {
        Path classify = tmp.resolve("classify");
        float[] inputs = new float[5 * 784];
        FashionMnist.test().copyInputs(0, 5, inputs, 0);
        float[] expected;
        try (TrainableModel model = SequentialModelBuilder.withInput(28, 28).flatten().dense(10, false).seed(3)
                .servingSignature("classify").build()) {
            expected = model.predict(inputs, 5);
            model.export(classify);
        }
        assertThatThrownBy(() -> SavedModel.open(SavedModelReference.of(classify)))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageContaining("has no signature 'serving_default'; it has [classify, train]");
        SavedModelReference reference = SavedModelReference.of(classify).withSignature("classify");
        try (SavedModel model = SavedModel.open(reference);
                ModelRunner session = ModelRunner.open(reference);
                ModelRunner djl = DjlModelRunner.load(reference)) {
            assertThat(model.signature().singleOutput().shape()).containsExactly(-1, 10);
            assertSame("session against the trainer", session.run(inputs, 5), expected, 10, 1e-5);
            assertSame("DJL against the trainer", djl.run(inputs, 5), expected, 10, 1e-5);
        }
    }

    @Test
    void evaluatesFlatInputsOfAnMlp() throws Exception {
        Path flat = tmp.resolve("flat");
        LabeledData test = FashionMnist.test();
        int inMemory;
        try (TrainableModel model = SequentialModelBuilder.withInput(784).dense(32, true).dense(10, false).seed(5)
                .build()) {
            new Trainer(new TrainingSettings(1, 32, 5)).fit(model, FashionMnist.train().first(2_000));
            inMemory = AccuracyEvaluator.countCorrect(model, test, Evaluator.DEFAULT_BATCH_SIZE);
            model.export(flat);
        }
        try (ModelRunner runner = ModelRunner.open(SavedModelReference.of(flat))) {
            assertThat(runner.inputs().get(0).shape()).containsExactly(-1, 784);
            int exported = Evaluator.create().evaluate(runner, test).correctCount();
            assertThat(exported).isEqualTo(inMemory);
            // Measured: 6870 of 10000 after one epoch on 2,000 examples (bounds: training is exact only per CPU).
            assertThat(exported).isBetween(6_000, 8_000);
        }
    }

    @Test
    void fixedBatchModelRefusesOtherBatchSizesInMemory() {
        try (TrainableModel model = SequentialModelBuilder.withInput(4).dense(2, false).fixedBatch(3).build()) {
            assertThatThrownBy(() -> model.predict(new float[8], 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("This model's serving input has a fixed batch of 3 examples; predict exactly that many, not 2");
        }
    }
}
