package dev.modelspec.bench;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.runtime.TensorFlowRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Resident memory over many load → evaluate → close cycles of one SavedModel, the work the engine
 * does for every spec: open the model (its signature and weights), open a session runner, evaluate
 * it on the data, close both. Prints the resident set (and the Java heap's committed and used share
 * of it) every {@code every} cycles and the verdict on the plateau: the growth from cycle
 * {@code cycles / 4} to the last, each taken as the median of the 20 cycles up to it (one reading
 * swings by tens of MB as the garbage collector and malloc give memory back), in MB per 100 cycles.
 *
 * <p>Usage: {@code LoadEvaluateCloseMemoryBenchmark [modelDir] [cycles] [examples] [every]} (defaults
 * {@code examples/models/fashion-cnn 200 1000 10}).
 */
public final class LoadEvaluateCloseMemoryBenchmark {

    /**
     * Growth after warm-up below which the resident set counts as flat, in MB per 100 cycles: malloc
     * grows its arenas in steps of tens of MB, while leaking one copy of fashion-cnn's variables
     * (2.7 MB) or one session a cycle would add hundreds of MB per 100 cycles.
     */
    private static final double FLAT_MB_PER_100_CYCLES = 10;

    private LoadEvaluateCloseMemoryBenchmark() {}

    public static void main(String[] args) {
        Path model = Path.of(args.length > 0 ? args[0] : "examples/models/fashion-cnn");
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int examples = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int every = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        TensorFlowRuntime.start();
        SavedModelReference reference = SavedModelReference.of(model.toAbsolutePath());
        LabeledData data = FashionMnist.test().limit(examples);
        Evaluator evaluator = Evaluator.create().withBatchSize(256);
        System.out.printf(Locale.ROOT, "model %s, %d examples per cycle, %d cycles; %s%n", model, examples, cycles,
                MachineLoad.describe());
        System.out.printf(Locale.ROOT, "cycle 0: RSS %.1f MB (runtime started, nothing loaded)%n",
                mb(ProcessMemory.residentBytes()));
        int warm = cycles / 4;
        long[] rss = new long[cycles + 1];
        double accuracy = Double.NaN;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            try (SavedModel opened = SavedModel.open(reference)) {
                opened.readWeights();
            }
            try (ModelRunner runner = ModelRunner.open(reference)) {
                double measured = evaluator.evaluate(runner, data).accuracy();
                if (!Double.isNaN(accuracy) && measured != accuracy) {
                    throw new IllegalStateException("cycle " + cycle + " measured " + measured + ", not " + accuracy);
                }
                accuracy = measured;
            }
            rss[cycle] = ProcessMemory.residentBytes();
            if (cycle % every == 0 || cycle == 1) {
                Runtime heap = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "cycle %d: RSS %.1f MB (Java heap committed %.1f MB, used %.1f MB)%n",
                        cycle, mb(rss[cycle]), mb(heap.totalMemory()), mb(heap.totalMemory() - heap.freeMemory()));
            }
        }
        double growth = mb(medianOfTwentyUpTo(rss, cycles) - medianOfTwentyUpTo(rss, warm));
        double per100 = growth / (cycles - warm) * 100;
        System.out.printf(Locale.ROOT, "accuracy %.4f every cycle; peak RSS %.1f MB%n", accuracy,
                mb(ProcessMemory.peakResidentBytes()));
        System.out.printf(Locale.ROOT, "growth of the median RSS from cycle %d to %d: %+.1f MB (%+.1f MB per 100 "
                + "cycles): %s%n", warm, cycles, growth, per100, Math.abs(per100) <= FLAT_MB_PER_100_CYCLES ? "FLAT" : "GROWING");
    }

    private static long medianOfTwentyUpTo(long[] rss, int cycle) {
        long[] window = Arrays.copyOfRange(rss, Math.max(1, cycle - 19), cycle + 1);
        Arrays.sort(window);
        return window[window.length / 2];
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
