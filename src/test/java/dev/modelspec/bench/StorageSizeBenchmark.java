package dev.modelspec.bench;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.interop.PythonServing.Served;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.clustering.Clustering;
import dev.modelspec.recipe.quantization.Quantization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SavedModel bytes and test accuracy of stored exports ({@link CompressedExport}: int8 per channel
 * and per tensor, float16, k-means indices) beside the baseline {@code model.export()} directory and
 * the TFLite converter's dynamic-range int8 output of the same baseline (Python, {@link
 * Consumer#TFLITE_DYNAMIC_RANGE}). Accuracy on the 10,000 Fashion-MNIST test images.
 *
 * <p>Usage: {@code StorageSizeBenchmark} with {@code -Dmodelspec.python} as for {@link
 * dev.modelspec.interop.PythonTensorFlow}; the baselines are {@link GeneratedModels}' {@code
 * keras3_mlp} and {@code keras3_two_conv}.
 */
public final class StorageSizeBenchmark {

    private StorageSizeBenchmark() {}

    public static void main(String[] args) throws Exception {
        LabeledData test = FashionMnist.test();
        Path scratch = Files.createTempDirectory("storage-bench");
        for (String kind : List.of("keras3_mlp", "keras3_two_conv")) {
            Path baseline = GeneratedModels.get(kind).directory();
            long baselineBytes = bytes(baseline);
            System.out.printf(Locale.ROOT, "%s (model.export(), no optimizer slots): %d bytes, accuracy %.4f%n", kind, baselineBytes,
                    accuracy(baseline, test));
            row("float32 flat export", export(baseline, null, WeightStorage.FLOAT32, scratch.resolve(kind + "-f32")), baselineBytes, test);
            row("int8 per channel", export(baseline, Quantization.int8().perChannel(), WeightStorage.INT8,
                    scratch.resolve(kind + "-int8c")), baselineBytes, test);
            row("int8 per tensor", export(baseline, Quantization.int8(), WeightStorage.INT8, scratch.resolve(kind + "-int8t")),
                    baselineBytes, test);
            row("float16", export(baseline, Quantization.float16(), WeightStorage.FLOAT16, scratch.resolve(kind + "-f16")),
                    baselineBytes, test);
            row("k-means 16, uint8 indices", export(baseline, Clustering.kMeans(16), WeightStorage.CLUSTERED,
                    scratch.resolve(kind + "-km16")), baselineBytes, test);
            pythonRow("tflite-dynamic-range-int8", Consumer.TFLITE_DYNAMIC_RANGE, baseline, -1, baselineBytes, test);
            pythonRow("savedmodel-python", Consumer.SAVED_MODEL, baseline, baselineBytes, baselineBytes, test);
        }
        System.out.println(MachineLoad.describe());
    }

    private static Path export(Path baseline, CompressionStep step, WeightStorage storage, Path target) {
        try (SavedModel model = SavedModel.open(SavedModelReference.of(baseline))) {
            if (step != null) {
                WeightSet weights = model.readWeights();
                step.apply(weights, StepContext.seeded(1));
                model.writeWeights(weights);
            }
            ExportReport report = CompressedExport.of(model).storing(storage).write(target);
            if (!report.notes().isEmpty()) {
                System.out.println("  notes: " + report.notes());
            }
        }
        return target;
    }

    private static void row(String name, Path export, long baselineBytes, LabeledData test) throws IOException {
        long size = bytes(export);
        System.out.printf(Locale.ROOT, "  %-28s %9d bytes  %.3fx  accuracy %.4f (TF Java)%n", name, size, size / (double) baselineBytes,
                accuracy(export, test));
    }

    /** Top-1 accuracy of the SavedModel in {@code directory} on {@code data}, in batches of 500. */
    static double accuracy(Path directory, LabeledData data) {
        int correct = 0;
        try (ModelRunner runner = ModelRunner.open(SavedModelReference.of(directory))) {
            int length = data.exampleLength();
            for (int from = 0; from < data.size(); from += 500) {
                int count = Math.min(500, data.size() - from);
                float[] inputs = new float[count * length];
                data.copyInputs(from, count, inputs, 0);
                float[] outputs = runner.run(inputs, count);
                int classes = outputs.length / count;
                for (int row = 0; row < count; row++) {
                    int best = 0;
                    for (int c = 1; c < classes; c++) {
                        best = outputs[row * classes + c] > outputs[row * classes + best] ? c : best;
                    }
                    correct += best == data.label(from + row) ? 1 : 0;
                }
            }
        }
        return correct / (double) data.size();
    }

    static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** {@code consumer}'s accuracy on {@code data} in batches of 1,000, and its bytes (the flatbuffer's for TFLite). */
    private static void pythonRow(String name, Consumer consumer, Path baseline, long bytes, long baselineBytes,
            LabeledData data) {
        int length = data.exampleLength();
        int correct = 0;
        long size = bytes;
        for (int from = 0; from < data.size(); from += 1000) {
            int count = Math.min(1000, data.size() - from);
            float[] inputs = new float[count * length];
            data.copyInputs(from, count, inputs, 0);
            Served served = PythonServing.serve(consumer, baseline, "serving_default", Map.of("", inputs), count,
                    new long[] {28, 28, 1});
            size = bytes < 0 ? served.flatbufferBytes() : bytes;
            float[] outputs = served.outputs().values().iterator().next();
            int classes = outputs.length / count;
            for (int row = 0; row < count; row++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    best = outputs[row * classes + c] > outputs[row * classes + best] ? c : best;
                }
                correct += best == data.label(from + row) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "  %-28s %9d bytes  %.3fx  accuracy %.4f (Python)%n", name, size,
                size / (double) baselineBytes, correct / (double) data.size());
    }
}
