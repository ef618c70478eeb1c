package dev.modelspec.train;

import dev.modelspec.data.LabeledData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits a {@link TrainableModel} with mini-batch Adam steps over a {@link LabeledData}.
 *
 * <p>Each epoch visits every example once in an order shuffled by a generator seeded with {@link
 * TrainingSettings#shuffleSeed()}, so two runs with the same seeds feed the same batches. Progress
 * is logged at INFO: every {@value #LOG_EVERY_STEPS} steps and at the end of each epoch.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final int LOG_EVERY_STEPS = 100;

    private final TrainingSettings settings;

    /** A trainer with the given settings. */
    public Trainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains {@code model} on {@code data}.
     *
     * @throws IllegalArgumentException if the data does not fit the model
     */
    public TrainingReport fit(TrainableModel model, LabeledData data) {
        requireCompatible(model, data);
        long begin = System.nanoTime();
        int[] order = identity(data.size());
        Random random = new Random(settings.shuffleSeed());
        int batch = Math.min(settings.batchSize(), data.size());
        float[] inputs = new float[batch * data.exampleLength()];
        int[] labels = new int[batch];
        int stepsPerEpoch = (data.size() + batch - 1) / batch;
        List<Float> epochLosses = new ArrayList<>();
        long steps = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            double lossSum = 0;
            for (int step = 0; step < stepsPerEpoch; step++) {
                int from = step * batch;
                int count = Math.min(batch, data.size() - from);
                for (int i = 0; i < count; i++) {
                    data.copyInputs(order[from + i], 1, inputs, i * data.exampleLength());
                    labels[i] = data.label(order[from + i]);
                }
                float loss = model.trainStep(inputs, labels, count);
                lossSum += loss * count;
                steps++;
                if ((step + 1) % LOG_EVERY_STEPS == 0) {
                    LOG.info("epoch {}/{} step {}/{} loss {} elapsed {} ms", epoch, settings.epochs(), step + 1,
                            stepsPerEpoch, loss, elapsedMillis(begin));
                }
            }
            float epochLoss = (float) (lossSum / data.size());
            epochLosses.add(epochLoss);
            LOG.info("epoch {}/{} done: mean loss {} elapsed {} ms", epoch, settings.epochs(), epochLoss,
                    elapsedMillis(begin));
        }
        return new TrainingReport(steps, epochLosses, Duration.ofNanos(System.nanoTime() - begin));
    }

    private static void requireCompatible(TrainableModel model, LabeledData data) {
        long modelLength = ReshapeLayer.elementCount(model.inputShape());
        if (modelLength != data.exampleLength() || data.classCount() > model.classCount() || data.size() == 0) {
            throw new IllegalArgumentException("Data " + data.name() + " (" + data.size() + " examples of "
                    + data.exampleLength() + " floats, " + data.classCount() + " classes) does not fit a model of "
                    + modelLength + " inputs and " + model.classCount() + " classes");
        }
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
    }

    private static long elapsedMillis(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }
}
