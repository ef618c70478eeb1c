package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.model.FloatTensor;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The encodings the storage pass derives from on-grid values reproduce them exactly, and refuse values off the grid. */
class StorageCodesTest {

    @Test
    void int8CodesReproduceASymmetricGridPerTensorWithoutZeroPoint() {
        float scale = 0.0123f;
        float[] values = new float[200];
        Random random = new Random(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextInt(255) - 127) * scale;
        }
        values[3] = 127 * scale;
        Int8Codes codes = Int8Codes.of(new FloatTensor(new long[] {20, 10}, values)).orElseThrow();

        assertThat(codes.scales()).hasSize(1);
        assertThat(codes.symmetric()).isTrue();
        for (int i = 0; i < values.length; i++) {
            assertThat((float) (codes.codes()[i] - codes.zeroPoints()[0]) * codes.scales()[0]).isEqualTo(values[i]);
        }
    }

    @Test
    void int8CodesFindOneGridPerChannelWithZeroPointsWhenOneGridDoesNotFit() {
        float[] scales = {0.01f, 0.3f, 0.0007f};
        float[] values = new float[3 * 256];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i / 3 * 7 % 256 - 40) * scales[i % 3];
        }
        Int8Codes codes = Int8Codes.of(new FloatTensor(new long[] {256, 3}, values)).orElseThrow();

        assertThat(codes.scales()).hasSize(3);
        assertThat(codes.symmetric()).isFalse();
        for (int i = 0; i < values.length; i++) {
            assertThat((float) (codes.codes()[i] - codes.zeroPoints()[i % 3]) * codes.scales()[i % 3]).isEqualTo(values[i]);
        }
    }

    @Test
    void int8CodesRefuseValuesOffAnyGrid() {
        float[] values = new float[64];
        Random random = new Random(2);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        assertThat(Int8Codes.of(new FloatTensor(new long[] {8, 8}, values))).isEmpty();
    }

    @Test
    void halfBitsAreExactForHalfValuesAndRefuseOthers() {
        assertThat(HalfBits.exact(1f)).isEqualTo(0x3C00);
        assertThat(HalfBits.exact(-2f)).isEqualTo(0xC000);
        assertThat(HalfBits.exact(65504f)).isEqualTo(0x7BFF);
        assertThat(HalfBits.exact(0x1p-24f)).isEqualTo(0x0001);
        assertThat(HalfBits.exact(3 * 0x1p-20f)).isEqualTo(0x0030);
        assertThat(HalfBits.exact(-0f)).isEqualTo(0x8000);
        assertThat(HalfBits.exact(0.1f)).isEqualTo(-1);
        assertThat(HalfBits.exact(65536f)).isEqualTo(-1);
        assertThat(HalfBits.exact(0x1p-25f)).isEqualTo(-1);
    }

    @Test
    void clusterCodesIndexASortedCodebookUpTo256Values() {
        float[] values = {0.5f, -1f, 0.5f, 0f, 2f, -1f};
        ClusterCodes codes = ClusterCodes.of(values).orElseThrow();

        assertThat(codes.codebook()).containsExactly(-1f, 0f, 0.5f, 2f);
        for (int i = 0; i < values.length; i++) {
            assertThat(codes.codebook()[codes.indices()[i] & 0xFF]).isEqualTo(values[i]);
        }
        float[] many = new float[257];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        assertThat(ClusterCodes.of(many)).isEmpty();
        assertThat(ClusterCodes.of(java.util.Arrays.copyOf(many, 256)).orElseThrow().indices()[255] & 0xFF).isEqualTo(255);
    }

    @Test
    void slicingDropsTheChosenChannelsAlongAnAxisAndFlattenedRowsByChannel() {
        FloatTensor kernel = new FloatTensor(new long[] {2, 3}, new float[] {0, 1, 2, 3, 4, 5});
        BitSet removed = new BitSet();
        removed.set(1);
        assertThat(FilterRemoval.slice(kernel, 1, 3, removed).values()).containsExactly(0, 2, 3, 5);
        FloatTensor rows = new FloatTensor(new long[] {6, 1}, new float[] {0, 1, 2, 3, 4, 5});
        assertThat(FilterRemoval.slice(rows, 0, 3, removed).values()).containsExactly(0, 2, 3, 5);
        assertThat(FilterRemoval.slice(rows, 0, 3, removed).shape()).containsExactly(4, 1);
    }
}
