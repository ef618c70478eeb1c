package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.bench.QuantizationAwareTable;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.quantization.Int8Quantization;
import dev.modelspec.recipe.quantization.Quantization;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Post-training int8 (PTQ) beside quantization-aware fine-tuning (QAT) on the same generated Keras 3
 * MLP (Dense 256, 128, 10) and the same data, every candidate shipped through the int8 storage
 * export: on a model where per-tensor PTQ loses accuracy (its first layer's first unit widened 30×,
 * see {@link QuantizationAwareTable}), QAT (one epoch of 4,000 images, Adam 1e-4) must win it back,
 * and lose at most {@value #TOLERANCE} against fine-tuning in float and then PTQ (the same training
 * without the simulated grid; 10 of the 2,000 test images).
 */
@Tag("interop")
class QuantizationAwareFineTuningTest {

    static final double TOLERANCE = 0.005;

    @Test
    void quantizationAwareFineTuningWinsBackWhatPostTrainingInt8Loses() {
        Int8Quantization int8 = Quantization.int8().stored();
        FineTuning tuning = FineTuning.epochs(1).withOptimizer(Optimizer.adam(1e-4));

        QuantizationAwareTable.Row row = QuantizationAwareTable.compare("keras3_mlp", 30f, 4000, tuning, int8);

        assertThat(row.postTraining()).as("PTQ int8 accuracy (float %.4f)", row.baseline()).isLessThan(row.baseline() - 0.005);
        assertThat(row.quantizationAware()).as("QAT int8 accuracy (PTQ %.4f)", row.postTraining()).isGreaterThanOrEqualTo(row.baseline());
        assertThat(row.quantizationAware()).as("QAT int8 accuracy (fine-tuned then PTQ %.4f)", row.fineTunedThenPostTraining())
                .isGreaterThanOrEqualTo(row.fineTunedThenPostTraining() - TOLERANCE);
    }
}
