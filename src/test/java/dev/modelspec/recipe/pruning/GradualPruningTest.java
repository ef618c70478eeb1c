package dev.modelspec.recipe.pruning;

import static dev.modelspec.recipe.TestWeights.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.Optimizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradualPruningTest {

    private final GradualPruning gradual =
            GradualPruning.of(Pruning.magnitude().skipLast(), new PolynomialDecay(0, 0.75, 0, 100, 1, 50));

    private final WeightSet weights = weights().dense("a/kernel", 2, 2, 1, 2, 3, 4).dense("b/kernel", 1, 2, 1, 2).build();

    @Test
    void recomputesMasksOnlyAtPruningStepsAtTheScheduledSparsity() {
        assertThat(gradual.masksAt(10, weights)).isEmpty();
        Map<String, PruningMask> halfway = gradual.masksAt(50, weights).orElseThrow();
        assertThat(halfway).containsOnlyKeys("a/kernel");
        assertThat(halfway.get("a/kernel").prunedCount()).isEqualTo(2); // round(0.375 * 4)
        assertThat(gradual.masksAt(100, weights).orElseThrow().get("a/kernel").prunedCount()).isEqualTo(3);
        assertThat(weights.prunableSparsity()).isZero();
    }

    @Test
    void describesEverySettingAndValidates() {
        assertThat(gradual.epochs(3).batchSize(64).canonicalForm()).isEqualTo("prune.gradual("
                + "schedule.polynomial(initial=0,final=0.75,begin=0,end=100,power=1,frequency=50),"
                + "prune.magnitude(sparsity=0.5,scope=per-weight,block=1x1,skipLast),epochs=3,batchSize=64)");
        assertThat(gradual.epochs()).isEqualTo(GradualPruning.DEFAULT_EPOCHS);
        assertThatThrownBy(() -> gradual.batchSize(0)).hasMessage("batchSize must be >= 1, but was 0");
    }

    @Test
    void aChosenOptimizerIsPartOfTheCanonicalFormAndKeptByTheOtherSettings() {
        GradualPruning sgd = gradual.withOptimizer(Optimizer.sgd(0.01, 0.9)).epochs(3).batchSize(64);

        assertThat(sgd.canonicalForm()).endsWith(",epochs=3,batchSize=64,optimizer=sgd(0.01,momentum=0.9))");
        assertThat(sgd.optimizer()).contains(Optimizer.sgd(0.01, 0.9));
        assertThat(gradual.optimizer()).isEmpty();
        assertThatThrownBy(() -> gradual.withOptimizer(null)).isInstanceOf(NullPointerException.class);
    }
}
