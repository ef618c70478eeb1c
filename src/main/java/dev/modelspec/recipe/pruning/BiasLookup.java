package dev.modelspec.recipe.pruning;

import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the bias of a kernel: the name with its last path segment {@code kernel} (delimited by
 * {@code /}, the name's start or end, or a {@code :} suffix) replaced by {@code bias}, e.g. {@code
 * conv2d/kernel} → {@code conv2d/bias}, {@code dense/kernel:0} → {@code dense/bias:0}, {@code
 * layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE} → {@code
 * layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE}, and Keras 3 export handles {@code
 * sequential/conv2d/kernel_1} → {@code sequential/conv2d/bias_1}. It counts only if present as an {@code
 * OTHER_PARAMETER} of shape {@code [out]}.
 */
final class BiasLookup {

    private static final String KERNEL = "kernel";

    private BiasLookup() {}

    /** The bias of {@code kernel} in {@code weights}, if it has one. */
    static Optional<WeightSet.Entry> biasOf(WeightSet weights, WeightSet.Entry kernel) {
        long outputs = kernel.tensor().dimension(-1);
        return biasName(kernel.variable().name())
                .filter(weights::contains)
                .map(weights::get)
                .filter(bias -> bias.variable().role() == VariableRole.OTHER_PARAMETER)
                .filter(bias -> Arrays.equals(bias.tensor().shape(), new long[] {outputs}));
    }

    /** The name the bias of the kernel {@code kernelName} would have, if it has a kernel segment. */
    static Optional<String> biasName(String kernelName) {
        for (int at = kernelName.lastIndexOf(KERNEL); at >= 0; at = kernelName.lastIndexOf(KERNEL, at - 1)) {
            int end = at + KERNEL.length();
            int numbered = numberSuffixEnd(kernelName, end);
            boolean startsSegment = at == 0 || kernelName.charAt(at - 1) == '/';
            boolean endsSegment = numbered == kernelName.length() || kernelName.charAt(numbered) == '/'
                    || kernelName.charAt(numbered) == ':';
            if (startsSegment && endsSegment) {
                return Optional.of(kernelName.substring(0, at) + "bias" + kernelName.substring(end));
            }
        }
        return Optional.empty();
    }

    /** The end of a Keras 3 handle number {@code _N} starting at {@code from} (as in {@code kernel_1}), else {@code from}. */
    private static int numberSuffixEnd(String name, int from) {
        int end = from + 1;
        if (from >= name.length() || name.charAt(from) != '_') {
            return from;
        }
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end > from + 1 ? end : from;
    }
}
