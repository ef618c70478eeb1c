package dev.modelspec.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.TensorSpec;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The task is decided from the output width and the labels, or declared and checked against them. */
class TaskDetectionTest {

    /** Example i is the single float i (0..7); its target is given. */
    private static LabeledData data(String name, float... targets) {
        return new LabeledData() {
            @Override public String name() { return name; }
            @Override public int size() { return targets.length; }
            @Override public int[] exampleShape() { return new int[] {1}; }
            @Override public int classCount() { return 2; }
            @Override public int label(int index) { return (int) targets[index]; }
            @Override public float target(int index) { return targets[index]; }
            @Override public void copyInputs(int from, int count, float[] target, int offset) {
                for (int i = 0; i < count; i++) {
                    target[offset + i] = from + i;
                }
            }
        };
    }

    /** A model with {@code width} outputs, each {@code f(x)}. */
    private static ModelRunner model(int width, DoubleUnaryOperator f) {
        return new ModelRunner() {
            @Override public List<TensorSpec> inputs() { return List.of(new TensorSpec("x", "x:0", "DT_FLOAT", new long[] {-1, 1})); }
            @Override public int exampleLength() { return 1; }
            @Override public TensorSpec output() { return new TensorSpec("y", "y:0", "DT_FLOAT", new long[] {-1, width}); }
            @Override public void close() {}
            @Override public float[] run(float[] inputs, int count) {
                float[] out = new float[count * width];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) f.applyAsDouble(inputs[i / width]);
                }
                return out;
            }
        };
    }

    private static final LabeledData ZERO_ONE = data("zero-one", 0, 0, 0, 0, 1, 1, 1, 1);

    @Test
    void oneSigmoidOutputWithZeroOneLabelsIsBinaryWithThresholdOneHalf() {
        // p = x / 8: 0, .125 .. .875; above 0.5 from x = 5 on, so x = 4 (label 1) is the one miss
        Evaluation evaluation = Evaluator.create().withBatchSize(3).evaluate(model(1, x -> x / 8), ZERO_ONE);

        assertThat(evaluation.task()).isEqualTo(TaskKind.BINARY);
        assertThat(evaluation.predictions().classes()).isEqualTo(2);
        assertThat(evaluation.predictions().kind()).isEqualTo(OutputKind.PROBABILITIES);
        assertThat(evaluation.accuracy()).isEqualTo(7 / 8.0);
        assertThat(evaluation.binaryMetrics().orElseThrow().auc()).isEqualTo(1.0);
        assertThat(evaluation.binaryMetrics().orElseThrow().recall()).isEqualTo(0.75);
    }

    @Test
    void oneLogitOutputIsThresholdedAtZero() {
        Evaluation evaluation = Evaluator.create().evaluate(model(1, x -> x - 3.5), ZERO_ONE);

        assertThat(evaluation.predictions().kind()).isEqualTo(OutputKind.LOGITS);
        assertThat(evaluation.accuracy()).isEqualTo(1.0);
        assertThat(evaluation.predictions().probabilities(0)[1]).isCloseTo(1 / (1 + Math.exp(3.5)), within(1e-6));
    }

    @Test
    void oneOutputWithOtherTargetsIsARegression() {
        LabeledData prices = data("prices", 0.5f, 1.5f, 2.5f, 3.5f);

        Evaluation evaluation = Evaluator.create().evaluate(model(1, x -> x), prices);

        assertThat(evaluation.task()).isEqualTo(TaskKind.REGRESSION);
        assertThat(evaluation.regressionMetrics().orElseThrow().meanSquaredError()).isEqualTo(0.25);
        assertThat(evaluation.accuracy()).isNaN();
        assertThat(evaluation.topKAccuracy(1)).isNaN();
        assertThat(evaluation.binaryMetrics()).isEmpty();
    }

    @Test
    void aRegressionCanBeDeclaredEvenWhenTheTargetsAreZeroAndOne() {
        Evaluation evaluation = Evaluator.create().withTask(TaskKind.REGRESSION).evaluate(model(1, x -> 0.5), ZERO_ONE);

        assertThat(evaluation.regressionMetrics().orElseThrow().meanSquaredError()).isEqualTo(0.25);
    }

    @Test
    void labelsBeyondTheOutputWidthAreAClearErrorNotASilentPass() {
        LabeledData tenClasses = data("ten-classes", 0, 9, 3, 4);

        assertThatThrownBy(() -> Evaluator.create().evaluate(model(3, x -> x), tenClasses))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The model's output (3 values per example) does not fit the data ten-classes: the labels "
                        + "range over 0 to 9 (2 classes) do not fit the model's 3 class scores per example: evaluate the "
                        + "data the model was trained on, or the signature output with one score per class");
    }

    @Test
    void oneOutputWithWholeNumberLabelsBeyondOneMustBeDeclared() {
        LabeledData counts = data("counts", 0, 3, 9, 1);

        assertThatThrownBy(() -> Evaluator.create().evaluate(model(1, x -> x), counts))
                .hasMessage("The model's output (1 value per example) does not fit the data counts: the labels range "
                        + "over 0 to 9 could be class indexes or whole numbers to predict: if the model predicts a "
                        + "number, declare @ModelSpec(task = Task.REGRESSION); if it is a classifier, evaluate the "
                        + "signature output with one score per class");
        assertThat(Evaluator.create().withTask(TaskKind.REGRESSION).evaluate(model(1, x -> x), counts).task())
                .isEqualTo(TaskKind.REGRESSION);
    }

    @Test
    void aDeclaredTaskTheOutputCannotHaveIsAClearError() {
        assertThatThrownBy(() -> Evaluator.create().withTask(TaskKind.MULTICLASS).evaluate(model(1, x -> x), ZERO_ONE))
                .hasMessageContaining("one output per example: declare task = BINARY (labels 0/1) or REGRESSION");
        assertThatThrownBy(() -> Evaluator.create().withTask(TaskKind.REGRESSION).evaluate(model(2, x -> x), ZERO_ONE))
                .hasMessageContaining("task = REGRESSION needs one target per output, but the model gives 2 outputs per "
                        + "example and the data 1 target");
        assertThatThrownBy(() -> Evaluator.create().withTask(TaskKind.BINARY)
                .evaluate(model(1, x -> x), data("prices", 0.5f, 2)))
                .hasMessageContaining("task = BINARY needs labels 0 and 1")
                .hasMessageContaining("the labels are numbers from 0.5 to 2");
    }

    @Test
    void twoClassScoresWithZeroOneLabelsAreBinaryToo() {
        Evaluation evaluation = Evaluator.create().evaluate(model(2, x -> x), ZERO_ONE);

        assertThat(evaluation.task()).isEqualTo(TaskKind.BINARY);
        assertThat(evaluation.binaryMetrics()).isPresent();
    }

    /** Eight examples (x = 0..7) with two targets each: {@code [x ≥ 4, x odd]} as 0/1. */
    private static final LabeledData TWO_TAGS = data("tags", 0, 0, 0, 0, 0, 0, 0, 0).withTargets(2,
            new float[] {0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1});

    /** A model of two sigmoid outputs: {@code p0 = x / 8}, {@code p1 = 0.9} for odd x, else 0.1. */
    private static ModelRunner twoSigmoids() {
        return new ModelRunner() {
            @Override public List<TensorSpec> inputs() { return List.of(new TensorSpec("x", "x:0", "DT_FLOAT", new long[] {-1, 1})); }
            @Override public int exampleLength() { return 1; }
            @Override public TensorSpec output() { return new TensorSpec("y", "y:0", "DT_FLOAT", new long[] {-1, 2}); }
            @Override public void close() {}
            @Override public float[] run(float[] inputs, int count) {
                float[] out = new float[count * 2];
                for (int i = 0; i < count; i++) {
                    out[2 * i] = inputs[i] / 8;
                    out[2 * i + 1] = inputs[i] % 2 == 1 ? 0.9f : 0.1f;
                }
                return out;
            }
        };
    }

    @Test
    void aDeclaredMultiLabelModelIsMeasuredLabelByLabel() {
        Evaluation evaluation = Evaluator.create().withBatchSize(3).withTask(TaskKind.MULTILABEL)
                .evaluate(twoSigmoids(), TWO_TAGS);

        assertThat(evaluation.task()).isEqualTo(TaskKind.MULTILABEL);
        assertThat(evaluation.predictions().kind()).isEqualTo(OutputKind.PROBABILITIES);
        assertThat(evaluation.accuracy()).isNaN();
        // label 0 is x / 8 > 0.5: x = 4 (a 1) is the one miss; label 1 is always right
        assertThat(evaluation.multiLabelMetrics().orElseThrow().labelAccuracy()).isEqualTo(15 / 16.0);
        assertThat(evaluation.multiLabelMetrics().orElseThrow().subsetAccuracy()).isEqualTo(7 / 8.0);
    }

    @Test
    void wholeNumberTargetVectorsAreNeverTakenForMultiLabelUndeclared() {
        assertThatThrownBy(() -> Evaluator.create().evaluate(twoSigmoids(), TWO_TAGS))
                .hasMessageContaining("the data's 2 targets per example range over 0 to 1: if they are yes/no labels, "
                        + "declare @ModelSpec(task = Task.MULTILABEL); if they are numbers to predict, declare "
                        + "@ModelSpec(task = Task.REGRESSION)");
        assertThatThrownBy(() -> Evaluator.create().withTask(TaskKind.MULTICLASS).evaluate(twoSigmoids(), TWO_TAGS))
                .hasMessageContaining("the data gives 2 targets per example, which only a regression or a multi-label "
                        + "model predicts");
        assertThatThrownBy(() -> Evaluator.create().withTask(TaskKind.MULTILABEL).evaluate(model(3, x -> 0.5), TWO_TAGS))
                .hasMessageContaining("task = MULTILABEL needs one 0/1 label per output, but the model gives 3 outputs "
                        + "per example and the data 2 targets");
    }

    @Test
    void targetVectorsOfNumbersAreARegressionWithAsManyOutputs() {
        float[] targets = new float[16];
        for (int i = 0; i < 16; i++) {
            targets[i] = i / 2 + (i % 2 == 0 ? 0.25f : 0.5f); // [x + 0.25, x + 0.5]
        }
        Evaluation evaluation = Evaluator.create().evaluate(model(2, x -> x),
                data("pairs", 0, 0, 0, 0, 0, 0, 0, 0).withTargets(2, targets));

        assertThat(evaluation.task()).isEqualTo(TaskKind.REGRESSION);
        assertThat(evaluation.regressionOutputs()).extracting(m -> m.meanSquaredError()).containsExactly(0.0625, 0.25);
        assertThat(evaluation.regressionMetrics().orElseThrow().meanSquaredError()).isCloseTo(0.15625, within(1e-12));
    }
}
