package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.model.FloatTensor;
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
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code prune filters → fine-tune → remove} on the committed small CNN (trained through its own
 * {@code train} signature, 2,000 examples): the pruned filters' biases are held at zero with their
 * kernels, so the removal pass proves them dead and removes them; without the channel parameters
 * fine-tuning trains the biases back and the filters stay.
 */
class PrunedFiltersFineTuningTest {

    private static final SavedModelReference SMALL_CNN = SavedModelReference.of(Path.of("examples/models/fashion-cnn-small"));
    private static final String KERNEL = "conv2d/kernel";
    private static final String BIAS = "conv2d/bias";

    @Test
    void filtersPrunedBeforeFineTuningStayDeadAndAreRemoved() {
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet tuned = pruneThenFineTune(model, Optional.of(ChannelParameters.of(model)));
            ExportReport report = CompressedExport.of(model).removingZeroedFilters().rewrite().report();

            assertThat(ChannelParameters.of(model).silencing(KERNEL)).containsExactly(BIAS);
            FloatTensor kernel = tuned.get(KERNEL).tensor();
            float[] bias = tuned.get(BIAS).tensor().values();
            int dead = 0;
            for (int c = 0; c < bias.length; c++) {
                if (columnIsZero(kernel, c)) {
                    dead++;
                    assertThat(bias[c]).as("bias of the pruned filter " + c).isZero();
                }
            }
            assertThat(dead).isEqualTo(6);
            assertThat(report.notes()).isEmpty();
            assertThat(report.removedFilters()).containsEntry(KERNEL, 6);
        }
    }

    @Test
    void withoutChannelParametersTheTrainedBiasesKeepTheFilters() {
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet tuned = pruneThenFineTune(model, Optional.empty());
            ExportReport report = CompressedExport.of(model).removingZeroedFilters().rewrite().report();

            FloatTensor kernel = tuned.get(KERNEL).tensor();
            float[] bias = tuned.get(BIAS).tensor().values();
            assertThat(java.util.stream.IntStream.range(0, bias.length).filter(c -> columnIsZero(kernel, c)))
                    .hasSize(6).anySatisfy(c -> assertThat(bias[c]).isNotZero());
            assertThat(report.removedFilters()).doesNotContainKey(KERNEL);
            assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("conv2d").contains("keeps its"));
        }
    }

    /** Prunes half the convolution's filters (its bias found by name), fine-tunes one epoch and writes the result. */
    private static WeightSet pruneThenFineTune(SavedModel model, Optional<ChannelParameters> channels) {
        LabeledData training = FashionMnist.train().first(2000);
        StepContext context = context(new TrainingSetup(model, training, "train"), channels);
        WeightSet weights = model.readWeights();
        Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, context);
        FineTuning.epochs(1).apply(weights, context);
        model.writeWeights(weights);
        return weights;
    }

    private static boolean columnIsZero(FloatTensor kernel, int channel) {
        int width = (int) kernel.dimension(-1);
        float[] values = kernel.values();
        for (int i = channel; i < values.length; i += width) {
            if (values[i] != 0f) {
                return false;
            }
        }
        return true;
    }

    private static StepContext context(TrainingSetup setup, Optional<ChannelParameters> channels) {
        return new TrainingContext(3, Optional.of(setup), channels, Optional.empty());
    }
}
