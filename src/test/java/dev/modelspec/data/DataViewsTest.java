package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataViewsTest {

    /** Four examples of two floats, [i, 10 i], labelled i % 2. */
    private static final LabeledData PAIRS = new LabeledData() {
        @Override public String name() { return "pairs"; }
        @Override public int size() { return 4; }
        @Override public int[] exampleShape() { return new int[] {2}; }
        @Override public int classCount() { return 2; }
        @Override public int label(int index) { return index % 2; }
        @Override public void copyInputs(int from, int count, float[] target, int offset) {
            for (int i = 0; i < count; i++) {
                target[offset + 2 * i] = from + i;
                target[offset + 2 * i + 1] = 10 * (from + i);
            }
        }
    };

    @Test
    void transformsEveryExampleItCopiesAndNothingElse() {
        LabeledData centred = PAIRS.mapInputs("minus1", (x, offset, length) -> {
            for (int j = offset; j < offset + length; j++) {
                x[j] -= 1;
            }
        });
        float[] target = {7, 7, 7, 7, 7, 7};

        centred.copyInputs(1, 2, target, 1);

        assertThat(target).containsExactly(7, 0, 9, 1, 19, 7);
        assertThat(centred.name()).isEqualTo("pairs|minus1");
        assertThat(centred.label(3)).isEqualTo(1);
        assertThat(centred.size()).isEqualTo(4);
        assertThat(centred.exampleShape()).containsExactly(2);
    }

    @Test
    void limitsToTheFirstExamplesAndChecksIndexesAgainstTheLimit() {
        LabeledData first = PAIRS.limit(3);
        float[] target = new float[6];

        first.copyInputs(0, 3, target, 0);

        assertThat(target).containsExactly(0, 0, 1, 10, 2, 20);
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.name()).isEqualTo("pairs[0:3]");
        assertThat(PAIRS.limit(4)).isSameAs(PAIRS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.label(3)).isInstanceOf(IndexOutOfBoundsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PAIRS.limit(0))
                .hasMessage("A data limit must be positive, but was 0");
    }

    @Test
    void namesTheInputsAnExampleFillsAndKeepsThemThroughOtherViews() {
        LabeledData named = PAIRS.withInputs(new NamedInput("ids", 1), new NamedInput("mask", 1));

        assertThat(PAIRS.namedInputs()).isEmpty();
        assertThat(named.namedInputs()).containsExactly(new NamedInput("ids", 1), new NamedInput("mask", 1));
        assertThat(named.limit(2).mapInputs("same", (x, offset, length) -> {}).namedInputs()).hasSize(2);
        assertThatThrownBy(() -> PAIRS.withInputs(new NamedInput("ids", 3)))
                .hasMessage("The inputs [NamedInput[name=ids, length=3]] take 3 values per example, but pairs has 2: "
                        + "name inputs whose lengths add up to the example's");
        assertThatThrownBy(() -> PAIRS.withInputs(new NamedInput("ids", 1), new NamedInput("ids", 1)))
                .hasMessageContaining("name one input twice");
    }

    @Test
    void givesEachExampleSeveralTargetsAndFingerprintsThem() {
        LabeledData tagged = PAIRS.withTargets(2, new float[] {0, 1, 1, 0, 1, 1, 0, 0});
        float[] targets = new float[4];

        tagged.limit(3).copyTargets(1, 2, targets, 0);

        assertThat(targets).containsExactly(1, 0, 1, 1);
        assertThat(tagged.targetWidth()).isEqualTo(2);
        assertThat(tagged.label(3)).isZero();
        assertThat(tagged.name()).startsWith("pairs|targets 2x")
                .isNotEqualTo(PAIRS.withTargets(2, new float[] {0, 1, 1, 0, 1, 1, 0, 1}).name());
        assertThatThrownBy(() -> tagged.limit(3).copyTargets(2, 2, targets, 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> PAIRS.withTargets(2, new float[3]))
                .hasMessage("pairs has 4 examples, but 3 target values were given for 2 per example: give 4 × 2 "
                        + "values, example by example");
    }

    @Test
    void aViewThatRedefinesTheTargetCopiesItsOwnTargets() {
        LabeledData doubled = new ForwardingLabeledData(PAIRS) {
            @Override public float target(int index) { return 2 * index + 0.5f; }
        };
        float[] targets = new float[3];

        doubled.copyTargets(1, 3, targets, 0);

        assertThat(targets).containsExactly(2.5f, 4.5f, 6.5f);
    }
}
