package dev.modelspec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.PythonTensorFlow;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.TrainingSignature;
import dev.modelspec.model.graph.FlatGraph;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.model.graph.OutputKind;
import dev.modelspec.model.graph.SavedModelFlattening;
import dev.modelspec.model.graph.TrainingGraph;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Milliseconds per training step, side by side in one run: the training graph derived from a Keras 3
 * {@code model.export()} CNN (Conv2D 12 3x3, MaxPool, Dense 10) against Python Keras {@code
 * train_on_batch} on the same architecture, and on the committed {@code fashion-cnn-small} the
 * derived graph against its hand-written {@code train} signature. Adam, the same batch size; medians
 * of the timed steps after a warm-up. Arguments: {@code [batch] [steps] [rounds]}.
 */
public final class DerivedTrainingStepBenchmark {

    private static final int WARMUP = 20;

    private DerivedTrainingStepBenchmark() {}

    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        GeneratedModel generated = GeneratedModels.get("keras3_export_cnn");
        Path examples = generated.file("x.f32");
        float[] x = generated.floats("x.f32");
        System.out.printf(Locale.ROOT, "batch %d, %d timed steps after %d warm-up, %s%n", batch, steps, WARMUP, MachineLoad.describe());
        for (int round = 1; round <= rounds; round++) {
            double derivedKeras = derived(generated.directory(), x, batch, steps);
            double keras = python(examples, batch, steps);
            Path small = Path.of("examples/models/fashion-cnn-small");
            double derivedSmall = derived(small, x, batch, steps);
            double signature = signature(small, x, batch, steps);
            System.out.printf(Locale.ROOT, "round %d: Keras 3 CNN  derived graph %.2f ms, Keras train_on_batch %.2f ms, ratio %.2f%n",
                    round, derivedKeras, keras, derivedKeras / keras);
            System.out.printf(Locale.ROOT, "round %d: fashion-cnn-small  derived graph %.2f ms, train signature %.2f ms, ratio %.2f%n",
                    round, derivedSmall, signature, derivedSmall / signature);
        }
        System.out.println(MachineLoad.describe());
    }

    private static double derived(Path model, float[] x, int batch, int steps) {
        try (SavedModel opened = SavedModel.open(SavedModelReference.of(model))) {
            FlatGraph flat = SavedModelFlattening.inline(opened);
            try (TrainingGraph training = TrainingGraph.build(flat, OutputKind.detect(flat), Optimizer.adam(1e-3), v -> true)) {
                training.load(SavedModelFlattening.readValues(opened, flat));
                return time(x, batch, steps, (xs, ys) -> training.step(xs, ys, batch));
            }
        }
    }

    private static double signature(Path model, float[] x, int batch, int steps) {
        try (SavedModel opened = SavedModel.open(SavedModelReference.of(model))) {
            TrainingSignature training = TrainingSignature.of(opened, TrainingSignature.DEFAULT_KEY);
            return time(x, batch, steps, (xs, ys) -> training.step(xs, ys, batch));
        }
    }

    private interface Step {
        float run(float[] examples, int[] labels);
    }

    private static double time(float[] x, int batch, int steps, Step step) {
        int batches = x.length / 784 / batch;
        double[] millis = new double[steps];
        int[] labels = new int[batch];
        for (int i = 0; i < WARMUP + steps; i++) {
            int start = (i % batches) * batch;
            float[] xs = Arrays.copyOfRange(x, start * 784, (start + batch) * 784);
            for (int j = 0; j < batch; j++) {
                labels[j] = (start + j) % 10;
            }
            long began = System.nanoTime();
            step.run(xs, labels);
            if (i >= WARMUP) {
                millis[i - WARMUP] = (System.nanoTime() - began) / 1e6;
            }
        }
        return median(millis);
    }

    private static double python(Path examples, int batch, int steps) {
        JsonNode answer = PythonTensorFlow.require().ask(PythonTensorFlow.request("keras_train_bench")
                .put("examples", examples.toString()).put("batch", batch).put("warmup", WARMUP).put("steps", steps));
        double[] millis = new double[answer.get("milliseconds").size()];
        Arrays.setAll(millis, i -> answer.get("milliseconds").get(i).asDouble());
        return median(millis);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
