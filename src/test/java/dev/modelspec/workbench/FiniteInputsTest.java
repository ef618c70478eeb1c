package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.LabeledData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiniteInputsTest {

    /** Three regression examples of two floats, [i, 1 / (1 - i)], with targets 0.5 i and named classes. */
    private static final LabeledData TARGETS = new LabeledData() {
        @Override public String name() { return "targets"; }
        @Override public int size() { return 3; }
        @Override public int[] exampleShape() { return new int[] {2}; }
        @Override public int classCount() { return 1; }
        @Override public Optional<List<String>> classNames() { return Optional.of(List.of("value")); }
        @Override public int label(int index) { return 0; }
        @Override public float target(int index) { return 0.5f * index; }
        @Override public void copyInputs(int from, int count, float[] target, int offset) {
            for (int i = 0; i < count; i++) {
                target[offset + 2 * i] = from + i;
                target[offset + 2 * i + 1] = 1f / (1 - (from + i));
            }
        }
    };

    @Test
    void keepsTheTargetsAndClassNamesOfTheDataItChecks() {
        LabeledData checked = new FiniteInputs(TARGETS);

        assertThat(checked.target(2)).isEqualTo(1.0f);
        assertThat(checked.classNames()).contains(List.of("value"));
        assertThat(checked.name()).isEqualTo("targets");
    }

    @Test
    void passesFiniteInputsAndNamesTheExampleOfAnInfiniteOne() {
        LabeledData checked = new FiniteInputs(TARGETS);
        float[] target = new float[2];

        checked.copyInputs(0, 1, target, 0);

        assertThat(target).containsExactly(0, 1);
        assertThatThrownBy(() -> checked.copyInputs(0, 2, new float[4], 0))
                .hasMessage("the data targets has an infinite input in example 1 (value 2 of 2): fix the data "
                        + "provider or its preprocessing");
    }
}
