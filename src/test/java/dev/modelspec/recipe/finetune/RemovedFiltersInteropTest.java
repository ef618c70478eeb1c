package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.pruning.Pruning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code prune filters → fine-tune → remove} on generated Keras 3 exports trained through the
 * derived training graph: the two-convolution CNN (biases) and the CNN with a BatchNormalization
 * after its convolution (bias, scale and offset held at zero). Every pruned filter is removed, and
 * the shipped model serves the fine-tuned candidate's outputs in TF Java and Python's {@code
 * tf.saved_model.load}, from a smaller directory.
 */
@Tag("interop")
class RemovedFiltersInteropTest {

    private static final int ROWS = 200;
    private static final long[] IMAGE = {28, 28, 1};

    @TempDir
    Path temporary;

    @ParameterizedTest
    @CsvSource({"keras3_two_conv, 48, 1", "keras3_bn_dropout, 4, 3"})
    void filtersPrunedThenFineTunedAreRemovedAndServeTheCandidatesOutputs(String kind, int removed, int perChannel)
            throws IOException {
        SavedModelReference reference = SavedModelReference.of(GeneratedModels.get(kind).directory());
        Path candidate = temporary.resolve("candidate");
        Path shipped = temporary.resolve("shipped");
        ExportReport report;
        try (SavedModel model = SavedModel.open(reference)) {
            ChannelParameters channels = ChannelParameters.of(model);
            StepContext context = context(new TrainingSetup(model, FashionMnist.train().first(2000), "train"), channels);
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, context);
            FineTuning.epochs(1).batchSize(64).apply(weights, context);
            model.writeWeights(weights);
            CompressedExport.of(model).write(candidate);
            report = CompressedExport.of(model).removingZeroedFilters().write(shipped);

            assertThat(model.variables()).filteredOn(v -> v.shape().length == 4).allSatisfy(kernel ->
                    assertThat(channels.silencing(kernel.name())).hasSize(perChannel).noneMatch(p -> p.contains("moving")));
        }

        assertThat(report.notes()).isEmpty();
        assertThat(report.removedFilters().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(removed);
        assertThat(bytes(shipped)).isLessThan(bytes(candidate));
        float[] images = images();
        float[] fineTuned = javaOutputs(reference, candidate, images);
        float[] inJava = javaOutputs(reference, shipped, images);
        float[] inPython = PythonServing.run(Consumer.SAVED_MODEL, shipped, "serving_default", null, images, ROWS, IMAGE);
        SameOutputs.Comparison java = SameOutputs.compare(fineTuned, inJava, 10);
        SameOutputs.Comparison python = SameOutputs.compare(inJava, inPython, 10);
        assertThat(java.maxAbsDifference()).as("TF Java, shipped vs candidate").isLessThanOrEqualTo(1e-4);
        assertThat(java.differentArgmax()).isZero();
        assertThat(python.maxAbsDifference()).as("Python TF vs TF Java").isLessThanOrEqualTo(1e-5);
        assertThat(python.differentArgmax()).isZero();
    }

    private static float[] images() {
        LabeledData test = FashionMnist.test().first(ROWS);
        float[] images = new float[ROWS * test.exampleLength()];
        test.copyInputs(0, ROWS, images, 0);
        return images;
    }

    private static float[] javaOutputs(SavedModelReference reference, Path model, float[] images) {
        try (ModelRunner runner = ModelRunner.open(SavedModelReference.of(model).withSignature(reference.signatureKey()))) {
            return runner.run(images, ROWS);
        }
    }

    private static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static StepContext context(TrainingSetup setup, ChannelParameters channels) {
        return TrainingContext.of(11, setup).withChannels(channels);
    }
}
