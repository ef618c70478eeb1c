package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.clustering.Clustering;
import dev.modelspec.recipe.quantization.Quantization;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stored weights compute what the simulated candidate computes: the recipe's quantization or
 * clustering step rounds the weights of a real Keras export, the storage pass re-encodes them, and
 * the two flat graphs give the same outputs on 200 test images.
 */
@Tag("interop")
class StoredWeightsTest {

    private static final int ROWS = 200;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "keras3_mlp, int8, INT8, 0.26",
        "keras3_mlp, int8-asymmetric-per-channel, INT8, 0.26",
        "keras3_two_conv, int8-per-channel, INT8, 0.27",
        "keras3_mlp, float16, FLOAT16, 0.51",
        "keras3_two_conv, kmeans16, CLUSTERED, 0.27",
    })
    void storedWeightsServeTheSimulatedCandidatesNumbers(String kind, String recipe, WeightStorage storage, double maxBytesRatio)
            throws Exception {
        try (SavedModel model = StorageModels.open(kind)) {
            WeightSet weights = model.readWeights();
            step(recipe).apply(weights, StepContext.seeded(7));
            model.writeWeights(weights);
            FlatGraph flat = SavedModelFlattening.inline(model);
            Map<String, StoredTensor> simulated = CompressedExport.storedFloats(flat, SavedModelFlattening.readValues(model, flat));

            CompressedModel stored = CompressedExport.of(model).storing(storage).rewrite();

            assertThat(stored.report().notes()).isEmpty();
            flat.variables().forEach(v -> assertThat(stored.report().storage().get(v.sourceVariable())).as(v.toString())
                    .isEqualTo(StorageModels.prunable(model, v) ? storage : WeightStorage.FLOAT32));
            long floatBytes = simulated.values().stream().mapToLong(StoredTensor::byteSize).sum();
            assertThat(stored.report().variableBytes()).isLessThanOrEqualTo((long) (maxBytesRatio * floatBytes));
            assertThat(stored.report().probeMaxAbsDifference()).isLessThanOrEqualTo(1e-6);
            float[] images = StorageModels.images(kind, ROWS);
            SameOutputs.Comparison comparison = SameOutputs.compare(StorageModels.run(flat, simulated, images),
                    StorageModels.run(stored.graph(), stored.values(), images), 10);
            assertThat(comparison.maxAbsDifference()).isLessThanOrEqualTo(1e-6);
            assertThat(comparison.differentArgmax()).isZero();
        }
    }

    @Test
    void weightsOffTheGridStayFloat32AndTheReportSaysWhy() {
        try (SavedModel model = StorageModels.open("keras3_mlp")) {
            CompressedModel stored = CompressedExport.of(model).storing(WeightStorage.INT8).storing(WeightStorage.FLOAT16).rewrite();

            assertThat(stored.report().storage()).doesNotContainValue(WeightStorage.INT8).doesNotContainValue(WeightStorage.FLOAT16);
            assertThat(stored.report().notes()).hasSize(3).allSatisfy(note -> assertThat(note)
                    .contains("stays float32, not FLOAT16: a value has no exact float16 form"));
            assertThat(stored.report().probeMaxAbsDifference()).isZero();
        }
    }

    private static CompressionStep step(String recipe) {
        return switch (recipe) {
            case "int8" -> Quantization.int8();
            case "int8-asymmetric-per-channel" -> Quantization.int8().asymmetric().perChannel();
            case "int8-per-channel" -> Quantization.int8().perChannel();
            case "float16" -> Quantization.float16();
            case "kmeans16" -> Clustering.kMeans(16);
            default -> throw new IllegalArgumentException(recipe);
        };
    }
}
