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
 * the training graph computed. Zero weights stay zero. Activations stay float, as in the exported
 * model. Made by {@link FineTuning#quantizationAware}.
 *
 * <p>Canonical form: {@code qat(<the fine-tuning>,<the int8 step>)}, e.g. {@code
 * qat(finetune(epochs=2,batchSize=32),quantize.int8(scheme=symmetric,granularity=per-tensor))}.
 */
public final class QuantizationAwareFineTuning implements CompressionStep, WeightEncoding {

    private final FineTuning tuning;
    private final Int8Quantization int8;

    QuantizationAwareFineTuning(FineTuning tuning, Int8Quantization int8) {
        this.tuning = tuning;
        this.int8 = int8;
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
     * Fine-tunes with the int8 grid simulated on the prunable weights, then rounds them to it.
     *
     * @throws IllegalStateException if the spec declares no training data
     */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        tuning.train(weights, context, Optional.of(new FakeQuantization(int8.isSymmetric(), int8.isPerChannel())), canonicalForm());
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

    /** E.g. {@code qat(finetune(epochs=2,batchSize=32),quantize.int8(scheme=symmetric,granularity=per-tensor))}. */
    @Override
    public String canonicalForm() {
        return "qat(" + tuning.canonicalForm() + "," + int8.canonicalForm() + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
