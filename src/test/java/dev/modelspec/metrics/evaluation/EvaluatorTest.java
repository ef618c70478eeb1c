package dev.modelspec.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.TensorSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    /** Example i is the single float i; its label is i % 3. */
    private static final LabeledData COUNTING = new LabeledData() {
        @Override public String name() { return "counting"; }
        @Override public int size() { return 10; }
        @Override public int[] exampleShape() { return new int[] {1}; }
        @Override public int classCount() { return 3; }
        @Override public int label(int index) { return index % 3; }
        @Override public void copyInputs(int from, int count, float[] target, int offset) {
            for (int i = 0; i < count; i++) {
                target[offset + i] = from + i;
            }
        }
    };

    /** Scores class (x % 3) high, except that it predicts class 0 for example 4: logits. */
    static final class ModuloModel implements ModelRunner {
        final List<Integer> batchSizes = new ArrayList<>();

        @Override public List<TensorSpec> inputs() { return List.of(new TensorSpec("x", "x:0", "DT_FLOAT", new long[] {-1, 1})); }
            @Override public int exampleLength() { return 1; }
        @Override public TensorSpec output() { return new TensorSpec("y", "y:0", "DT_FLOAT", new long[] {-1, 3}); }
        @Override public void close() {}

        @Override
        public float[] run(float[] inputs, int count) {
            batchSizes.add(count);
            float[] scores = new float[count * 3];
            for (int i = 0; i < count; i++) {
                int x = (int) inputs[i];
                int predicted = x == 4 ? 0 : x % 3;
                scores[i * 3 + predicted] = 5f;
                scores[i * 3 + (predicted + 1) % 3] = -2f;
            }
            return scores;
        }
    }

    @Test
    void streamsTheDataInBatchesAndCollectsEveryPrediction() {
        ModuloModel model = new ModuloModel();
        List<Integer> progress = new ArrayList<>();

        Evaluation evaluation = Evaluator.create().withBatchSize(4).withProgress(progress::add).evaluate(model, COUNTING);

        assertThat(model.batchSizes).containsExactly(4, 4, 2);
        assertThat(progress).containsExactly(4, 8, 10);
        assertThat(evaluation.labels()).containsExactly(0, 1, 2, 0, 1, 2, 0, 1, 2, 0);
        assertThat(evaluation.predictions().top1()).containsExactly(0, 1, 2, 0, 0, 2, 0, 1, 2, 0);
        assertThat(evaluation.correctCount()).isEqualTo(9);
        assertThat(evaluation.accuracy()).isEqualTo(0.9);
        assertThat(evaluation.predictions().kind()).isEqualTo(OutputKind.LOGITS);
        assertThat(evaluation.dataName()).isEqualTo("counting");
    }

    @Test
    void evaluatesOnlyTheFirstExamplesWhenLimited() {
        Evaluation evaluation = Evaluator.create().withLimit(5).evaluate(new ModuloModel(), COUNTING);

        assertThat(evaluation.exampleCount()).isEqualTo(5);
        assertThat(evaluation.correctCount()).isEqualTo(4);
    }

    @Test
    void takesTheDeclaredOutputKind() {
        Evaluation evaluation = Evaluator.create().withOutputKind(OutputKind.PROBABILITIES).evaluate(new ModuloModel(), COUNTING);

        assertThat(evaluation.predictions().kind()).isEqualTo(OutputKind.PROBABILITIES);
    }

    @Test
    void rejectsNonPositiveSettings() {
        assertThatThrownBy(() -> Evaluator.create().withBatchSize(0))
                .hasMessage("The batch size must be positive, but was 0");
        assertThatThrownBy(() -> Evaluator.create().withLimit(-3))
                .hasMessage("The evaluation limit must be positive, but was -3");
    }
}
