package dev.modelspec.metrics.evaluation;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.PredictionsBuilder;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.model.ModelRunner;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Runs a model over labelled data in batches and collects its predictions.
 *
 * <p>Memory stays flat in the data set's size except for the predictions themselves: one batch of
 * inputs is converted at a time into a reused buffer. Outputs are taken as logits or probabilities
 * as declared, or detected from the scores when not declared; the {@link TaskKind task} likewise,
 * from the output width and the labels, which must fit it (checked after the first batch). The
 * targets of a regression or a multi-label model are read as {@link LabeledData#copyTargets vectors},
 * one value per output.
 */
public final class Evaluator {

    /** The batch size used when none is given. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    private final int batchSize;
    private final int limit;
    private final Optional<OutputKind> outputKind;
    private final Optional<TaskKind> task;
    private final IntConsumer progress;

    private Evaluator(int batchSize, int limit, Optional<OutputKind> outputKind, Optional<TaskKind> task,
            IntConsumer progress) {
        this.batchSize = batchSize;
        this.limit = limit;
        this.outputKind = outputKind;
        this.task = task;
        this.progress = progress;
    }

    /** An evaluator with batch size {@value #DEFAULT_BATCH_SIZE}, all examples, detected output kind. */
    public static Evaluator create() {
        return new Evaluator(DEFAULT_BATCH_SIZE, Integer.MAX_VALUE, Optional.empty(), Optional.empty(), done -> {});
    }

    /**
     * This evaluator with another batch size.
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public Evaluator withBatchSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("The batch size must be positive, but was " + size);
        }
        return new Evaluator(size, limit, outputKind, task, progress);
    }

    /**
     * This evaluator restricted to the first {@code count} examples.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public Evaluator withLimit(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("The evaluation limit must be positive, but was " + count);
        }
        return new Evaluator(batchSize, count, outputKind, task, progress);
    }

    /** This evaluator taking the outputs as {@code kind} instead of detecting it. */
    public Evaluator withOutputKind(OutputKind kind) {
        return new Evaluator(batchSize, limit, Optional.of(kind), task, progress);
    }

    /** This evaluator telling {@code listener} how many examples are done after each batch. */
    public Evaluator withProgress(IntConsumer listener) {
        return new Evaluator(batchSize, limit, outputKind, task, listener);
    }

    /** This evaluator taking the model as solving {@code declared} instead of detecting the task. */
    public Evaluator withTask(TaskKind declared) {
        return new Evaluator(batchSize, limit, outputKind, Optional.of(declared), progress);
    }

    /**
     * Evaluates {@code model} on {@code data}.
     *
     * @throws IllegalArgumentException if the data's examples do not fit the model's input, or its
     *     labels do not fit the model's output or the declared task
     */
    public Evaluation evaluate(ModelRunner model, LabeledData data) {
        long begin = System.nanoTime();
        int count = Math.min(limit, data.size());
        int exampleLength = data.exampleLength();
        float[] batch = new float[Math.min(batchSize, count) * exampleLength];
        int[] labels = new int[count];
        float[] targets = new float[0];
        TaskKind resolved = null;
        int width = 0;
        PredictionsBuilder predictions = null;
        for (int start = 0; start < count; start += batchSize) {
            int n = Math.min(batchSize, count - start);
            float[] inputs = n * exampleLength == batch.length ? batch : new float[n * exampleLength];
            data.copyInputs(start, n, inputs, 0);
            float[] scores = model.run(inputs, n);
            if (predictions == null) {
                width = scores.length / n;
                predictions = new PredictionsBuilder(width);
                resolved = TaskResolution.resolve(task, width, data, count);
                targets = resolved.hasTargetVectors() ? new float[Math.multiplyExact(count, width)] : targets;
            }
            predictions.add(scores, n);
            if (resolved.hasTargetVectors()) {
                data.copyTargets(start, n, targets, start * width);
            } else {
                for (int i = 0; i < n; i++) {
                    labels[start + i] = data.label(start + i);
                }
            }
            progress.accept(start + n);
        }
        if (predictions == null) {
            throw new IllegalArgumentException("The data set " + data.name() + " has no examples to evaluate");
        }
        return new Evaluation(data.name(), labels, predictions(predictions, resolved), System.nanoTime() - begin,
                resolved, targets);
    }

    private Predictions predictions(PredictionsBuilder built, TaskKind resolved) {
        if (resolved == TaskKind.REGRESSION) {
            return built.build(OutputKind.LOGITS);
        }
        if (resolved == TaskKind.MULTILABEL) {
            return built.build(outputKind.orElseGet(() -> BinaryScores.detect(built.build(OutputKind.LOGITS))));
        }
        Predictions raw = outputKind.map(built::build).orElseGet(built::build);
        return resolved == TaskKind.BINARY && raw.classes() == 1 ? BinaryScores.twoClasses(raw, outputKind) : raw;
    }
}
