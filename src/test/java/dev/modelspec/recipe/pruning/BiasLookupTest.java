package dev.modelspec.recipe.pruning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BiasLookupTest {

    @Test
    void theBiasIsTheKernelSegmentRenamedKeepingSuffixesAndKeras3HandleNumbers() {
        assertThat(BiasLookup.biasName("conv2d/kernel")).hasValue("conv2d/bias");
        assertThat(BiasLookup.biasName("dense/kernel:0")).hasValue("dense/bias:0");
        assertThat(BiasLookup.biasName("sequential/conv2d_1/kernel_1")).hasValue("sequential/conv2d_1/bias_1");
        assertThat(BiasLookup.biasName("layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE"))
                .hasValue("layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE");
        assertThat(BiasLookup.biasName("dense/kernel_x")).isEmpty();
        assertThat(BiasLookup.biasName("dense/kernel_")).isEmpty();
        assertThat(BiasLookup.biasName("kernels/w")).isEmpty();
    }
}
