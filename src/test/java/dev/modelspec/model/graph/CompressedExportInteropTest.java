package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.interop.SameOutputs;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.quantization.Quantization;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;

/**
 * Int8 and float16 exports of a real Keras 3 {@code model.export()} MLP (784-256-128-10, weights
 * dominate its bytes) and of a two-convolution CNN shrink the SavedModel directory to the issue's
 * bounds, against the {@code model.export()} directory (which holds every weight twice, under {@code
 * variables/N} and {@code _all_variables/N}) and against the float32 flat export, and serve the simulated
 * candidate's predictions in TF Java, Python {@code tf.saved_model.load} and the TFLite converter's
 * interpreter.
 */
@Tag("interop")
class CompressedExportInteropTest {

    private static final int ROWS = 64;

    @TempDir
    Path temporary;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"keras3_mlp, INT8, 0.35", "keras3_mlp, FLOAT16, 0.6", "keras3_two_conv, INT8, 0.35"})
    void theExportIsSmallAndServesTheCandidateInEveryLoader(String kind, WeightStorage storage, double maxRatio) throws Exception {
        Path target = temporary.resolve("export");
        float[] images = StorageModels.images(kind, ROWS);
        float[] simulated;
        ExportReport report;
        Path float32 = temporary.resolve("float32");
        try (SavedModel model = StorageModels.open(kind)) {
            CompressedExport.of(model).write(float32);
            WeightSet weights = model.readWeights();
            CompressionStep step = storage == WeightStorage.INT8 ? Quantization.int8().perChannel() : Quantization.float16();
            step.apply(weights, StepContext.seeded(1));
            model.writeWeights(weights);
            FlatGraph flat = SavedModelFlattening.inline(model);
            simulated = StorageModels.run(flat, CompressedExport.storedFloats(flat, SavedModelFlattening.readValues(model, flat)), images);
            report = CompressedExport.of(model).storing(storage).write(target);
        }
        assertThat(report.notes()).isEmpty();
        long baselineBytes = StorageModels.directoryBytes(StorageModels.model(kind));
        assertThat(StorageModels.directoryBytes(target)).as("bytes of %s against the baseline's %d", target, baselineBytes)
                .isLessThanOrEqualTo((long) (maxRatio * baselineBytes));
        long float32Bytes = StorageModels.directoryBytes(float32);
        assertThat(StorageModels.directoryBytes(target)).as("bytes of %s against the float32 flat export's %d", target, float32Bytes)
                .isLessThanOrEqualTo((long) (maxRatio * float32Bytes));

        try (SavedModelBundle reloaded = SavedModelBundle.load(target.toString(), "serve");
                Tensor x = TFloat32.tensorOf(Shape.of(ROWS, 28, 28, 1), DataBuffers.of(images, true, false))) {
            SignatureDef signature = reloaded.metaGraphDef().getSignatureDefMap().get("serving_default");
            try (Result result = reloaded.session().runner().feed(signature.getInputsMap().values().iterator().next().getName(), x)
                    .fetch(signature.getOutputsMap().values().iterator().next().getName()).run()) {
                SameOutputs.Comparison java = SameOutputs.compare(simulated, FlatGraphSession.floats(result.get(0)).values(), 10);
                assertThat(java.maxAbsDifference()).as("TF Java").isLessThanOrEqualTo(1e-5);
                assertThat(java.differentArgmax()).isZero();
            }
        }
        float[][] served = StorageModels.servedInPython(target, images);
        SameOutputs.Comparison python = SameOutputs.compare(simulated, served[0], 10);
        SameOutputs.Comparison lite = SameOutputs.compare(simulated, served[1], 10);
        assertThat(python.maxAbsDifference()).as("Python TF").isLessThanOrEqualTo(1e-5);
        assertThat(python.differentArgmax()).isZero();
        assertThat(lite.maxAbsDifference()).as("TFLite").isLessThanOrEqualTo(1e-4);
        assertThat(lite.differentArgmax()).isZero();
    }

}
