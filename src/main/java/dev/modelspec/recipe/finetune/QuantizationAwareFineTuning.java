package dev.modelspec.recipe.finetune;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.FakeQuantization;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.WeightEncoding;
import dev.modelspec.recipe.quantization.Int8Quantization;
import java.util.Optional;

/**
 * Quantization-aware fine-tuning (QAT), then int8: trains as its {@link FineTuning} does, through the
 * training graph derived from the serving signature, with every prunable weight read through the
 * int8 grid its {@link Int8Quantization} will give it ({@link FakeQuantization}: same scheme and
 * granularity, the range taken from the weight at every step, gradients passed straight through),
 * then applies that int8 quantization. The weights learn values that lose little on the grid, and
 * the grid the training simulated is the one the export stores, so the int8 candidate computes what
 * the training graph computed. Zero weights stay zero. Made by {@link FineTuning#quantizationAware}.
 *
 * <p>Activations stay float unless {@link #withActivations()}: then each layer's output is read
 * through an int8 grid too, in training and in the shipped model, with the same ranges.
 *
 * <p>Canonical form: {@code qat(<the fine-tuning>,<the int8 step>)}, e.g. {@code
 * qat(finetune(epochs=2,batchSize=32),quantize.int8(scheme=symmetric,granularity=per-tensor))}, with
 * {@code ,activations=int8} when the activations are quantized too.
 */
public final class QuantizationAwareFineTuning implements CompressionStep, WeightEncoding {

    private final FineTuning tuning;
    private final Int8Quantization int8;
    private final boolean activations;

    QuantizationAwareFineTuning(FineTuning tuning, Int8Quantization int8, boolean activations) {
        this.tuning = tuning;
        this.int8 = int8;
        this.activations = activations;
    }

    /**
     * This step with the activations quantized too, in training and in the shipped model: each
     * layer's output (after its bias, BatchNormalization and ReLU, found from the graph) is read
     * through {@code FakeQuantWithMinMaxArgs}, 8 bits with a range calibrated on the first training
     * examples before training (the mean of batch minima and maxima, widened to contain 0) and fixed
     * from then on. The shipped candidate is the rewritten, serving-only graph with those ops and
     * ranges, so what is evaluated computes what was trained (docs/fine-tuning.md). For example
     * {@code FineTuning.epochs(2).quantizationAware(Quantization.int8().stored()).withActivations()}.
     */
    public QuantizationAwareFineTuning withActivations() {
        return new QuantizationAwareFineTuning(tuning, int8, true);
    }

    /** Whether the activations are quantized too ({@link #withActivations()}). */
    @Override
    public boolean quantizesActivations() {
        return activations;
    }

    /** The fine-tuning, without the simulated grid. */
    public FineTuning fineTuning() {
        return tuning;
    }

    /** The int8 quantization whose grid is simulated and applied at the end. */
    public Int8Quantization quantization() {
        return int8;
    }

    /** Always: this step trains. */
    @Override
    public boolean trains() {
        return true;
    }

    /**
     * Fine-tunes with the int8 grid simulated on the prunable weights (and the activations, if chosen),
     * then rounds the weights to it; the activations' ranges go to {@link StepContext#shippedActivationRanges()}.
     *
     * @throws IllegalStateException if the spec declares no training data, or the activations are
     *     quantized and the context ships no model that keeps their ranges
     */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        if (activations && context.shippedActivationRanges().isEmpty()) {
            throw new IllegalStateException(canonicalForm() + " quantizes activations, but this run ships no rewritten model "
                    + "that could keep their ranges; run it through the workbench (a @ModelSpec recipe)");
        }
        tuning.train(weights, context, Optional.of(new FakeQuantization(int8.isSymmetric(), int8.isPerChannel())), activations,
                canonicalForm());
        int8.apply(weights, context);
    }

    /** Always 8. */
    @Override
    public int bitsPerWeight() {
        return 8;
    }

    /** The storage of the int8 step: int8 variables when it is {@link Int8Quantization#stored()}. */
    @Override
    public Optional<WeightStorage> storage() {
        return int8.storage();
    }

    /** E.g. {@code qat(finetune(epochs=2,batchSize=32),quantize.int8(scheme=symmetric,granularity=per-tensor),activations=int8)}. */
    @Override
    public String canonicalForm() {
        return "qat(" + tuning.canonicalForm() + "," + int8.canonicalForm() + (activations ? ",activations=int8" : "") + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
