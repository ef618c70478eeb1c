package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filter removal on real Keras 3 exports: the filters {@code Pruning.filters()} zeroes are removed
 * with their bias, the next convolution's input channels and, through the flatten, the dense rows;
 * the result serves the zeroed candidate's outputs in every loader. Residual connections and a
 * BatchNormalization after filters zeroed without it are left alone and reported; pruned with its
 * scale and offset ({@link ChannelParameters}), the filters go.
 */
@Tag("interop")
class FilterRemovalTest {

    private static final int ROWS = 64;

    @TempDir
    Path temporary;

    @Test
    void halfOfTheFiltersOfBothConvolutionsAreRemovedAndTheZeroedCandidateIsServed() throws Exception {
        Path zeroedExport = temporary.resolve("zeroed");
        Path removedExport = temporary.resolve("removed");
        float[] images = StorageModels.images("keras3_two_conv", ROWS);
        float[] zeroed;
        CompressedModel removed;
        try (SavedModel model = StorageModels.open("keras3_two_conv")) {
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, StepContext.seeded(1));
            model.writeWeights(weights);
            FlatGraph flat = SavedModelFlattening.inline(model);
            zeroed = StorageModels.run(flat, CompressedExport.storedFloats(flat, SavedModelFlattening.readValues(model, flat)), images);
            CompressedExport export = CompressedExport.of(model).removingZeroedFilters();
            removed = export.rewrite();
            export.write(removedExport);
            CompressedExport.of(model).write(zeroedExport);
        }

        assertThat(removed.report().notes()).isEmpty();
        assertThat(removed.report().removedFilters()).hasSize(2).containsValues(16, 32);
        assertThat(removed.graph().variables()).extracting(v -> List.of(v.shape().length, v.shape()[v.shape().length - 1]))
                .contains(List.of(4, 16L), List.of(4, 32L), List.of(1, 16L), List.of(1, 32L));
        assertThat(removed.graph().variables()).anySatisfy(v -> assertThat(v.shape()).containsExactly(800, 10));
        SameOutputs.Comparison java = SameOutputs.compare(zeroed, StorageModels.run(removed.graph(), removed.values(), images), 10);
        assertThat(java.maxAbsDifference()).isLessThanOrEqualTo(1e-4);
        assertThat(java.differentArgmax()).isZero();
        assertThat(StorageModels.directoryBytes(removedExport)).isLessThan(StorageModels.directoryBytes(zeroedExport) * 6 / 10);

        float[][] served = StorageModels.servedInPython(removedExport, images);
        assertThat(SameOutputs.compare(zeroed, served[0], 10).maxAbsDifference()).as("Python TF").isLessThanOrEqualTo(1e-4);
        assertThat(SameOutputs.compare(zeroed, served[1], 10).maxAbsDifference()).as("TFLite").isLessThanOrEqualTo(1e-4);
        assertThat(SameOutputs.compare(zeroed, served[1], 10).differentArgmax()).isZero();
    }

    @Test
    void filtersFeedingAResidualAddStayAndTheReportSaysWhy() {
        try (SavedModel model = StorageModels.open("keras3_residual")) {
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, StepContext.seeded(1));
            model.writeWeights(weights);

            ExportReport report = CompressedExport.of(model).removingZeroedFilters().rewrite().report();

            assertThat(report.removedFilters()).isEmpty();
            assertThat(report.notes()).hasSize(2).allSatisfy(note -> assertThat(note).contains("keeps its filters"))
                    .anySatisfy(note -> assertThat(note).contains("conv2d/").contains("feed 2 ops").contains("residual"))
                    .anySatisfy(note -> assertThat(note).contains("conv2d_1/").contains("depends on the model's input (a residual connection)"));
        }
    }

    @Test
    void filtersPrunedWithTheirBatchNormalizationScaleAndOffsetAreRemoved() {
        GeneratedModel generated = GeneratedModels.get("keras3_bn_dropout");
        try (SavedModel model = SavedModel.open(SavedModelReference.of(generated.directory()))) {
            ChannelParameters channels = ChannelParameters.of(model);
            StepContext context = TrainingContext.seeded(1).withChannels(channels);
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, context);
            model.writeWeights(weights);

            ExportReport report = CompressedExport.of(model).removingZeroedFilters().rewrite().report();

            assertThat(report.notes()).isEmpty();
            assertThat(report.removedFilters()).hasSize(1).containsValue(4);
            assertThat(report.probeMaxAbsDifference()).isLessThanOrEqualTo(1e-5);
        }
    }

    @Test
    void aBatchNormalizationAfterZeroedFiltersKeepsThemButRemovingChosenFiltersSlicesItsParameters() throws Exception {
        GeneratedModel generated = GeneratedModels.get("keras3_bn_dropout");
        try (SavedModel model = SavedModel.open(SavedModelReference.of(generated.directory()))) {
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, StepContext.seeded(1));
            model.writeWeights(weights);
            ExportReport report = CompressedExport.of(model).removingZeroedFilters().rewrite().report();
            assertThat(report.removedFilters()).isEmpty();
            assertThat(report.notes()).singleElement().asString().contains("keeps its 4 zeroed filters: removing them moves the outputs");

            FlatGraph flat = SavedModelFlattening.inline(model);
            Map<String, FloatTensor> values = SavedModelFlattening.readValues(model, flat);
            FlatVariable kernel = flat.variables().stream().filter(v -> v.shape().length == 4).findFirst().orElseThrow();
            BitSet channels = CompressedExport.zeroChannels(values.get(kernel.name()));
            FilterRemoval.Result result = FilterRemoval.remove(flat, values, kernel.name(), channels);

            assertThat(result.refusal()).isEmpty();
            assertThat(result.graph().variables()).filteredOn(v -> v.shape().length == 1 && !v.name().contains("dense")).hasSize(5)
                    .allSatisfy(v -> assertThat(v.shape()).containsExactly(4));
            FlatVariable dense = flat.variables().stream().filter(v -> v.shape().length == 2).findFirst().orElseThrow();
            Map<String, FloatTensor> inputsZeroed = new LinkedHashMap<>(values);
            FloatTensor rows = values.get(dense.name()).copy();
            for (int r = 0; r < rows.dimension(0); r++) {
                if (channels.get(r % 8)) {
                    java.util.Arrays.fill(rows.values(), r * 10, r * 10 + 10, 0f);
                }
            }
            inputsZeroed.put(dense.name(), rows);
            float[] images = java.util.Arrays.copyOf(generated.floats("x.f32"), ROWS * 784);
            SameOutputs.Comparison comparison = SameOutputs.compare(
                    StorageModels.run(flat, CompressedExport.storedFloats(flat, inputsZeroed), images),
                    StorageModels.run(result.graph(), CompressedExport.storedFloats(result.graph(), result.values()), images), 10);
            assertThat(comparison.maxAbsDifference()).isLessThanOrEqualTo(1e-5);
            assertThat(comparison.differentArgmax()).isZero();
        }
    }
}
