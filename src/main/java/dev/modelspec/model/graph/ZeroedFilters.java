package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Removes the zeroed filters of every kernel in graph order, one {@link FilterRemoval} each, and
 * keeps a removal only if the {@link EquivalenceProbe} finds the outputs unchanged within {@link
 * CompressedExport#RELATIVE_TOLERANCE}; refusals and reverted removals become notes.
 */
final class ZeroedFilters {

    private ZeroedFilters() {}

    static FilterRemoval.Result removeAll(FlatGraph flat, Map<String, FloatTensor> values, Predicate<FlatVariable> kernels,
            List<String> notes, Map<String, Integer> removed) {
        FlatGraph graph = flat;
        Map<String, FloatTensor> current = values;
        boolean probe = EquivalenceProbe.canProbe(flat);
        for (FlatVariable original : flat.variables()) {
            if (!original.isFloat() || original.shape().length < 2 || !kernels.test(original)) {
                continue;
            }
            BitSet zero = CompressedExport.zeroChannels(current.get(original.name()));
            if (zero.isEmpty()) {
                continue;
            }
            if (!probe) {
                notes.add(original.sourceVariable() + " keeps its " + zero.cardinality() + " zeroed filters: the signature's"
                        + " inputs cannot be probed to check the removal (not float32 of a known shape)");
                continue;
            }
            FilterRemoval.Result result = FilterRemoval.remove(graph, current, original.name(), zero);
            if (result.refusal().isPresent()) {
                notes.add(result.refusal().get());
                continue;
            }
            EquivalenceProbe.Difference difference = EquivalenceProbe.compare(graph, CompressedExport.storedFloats(graph, current),
                    result.graph(), CompressedExport.storedFloats(result.graph(), result.values()));
            if (!difference.within(CompressedExport.RELATIVE_TOLERANCE)) {
                notes.add(String.format(Locale.ROOT, "%s keeps its %d zeroed filters: removing them moves the outputs by %.3g"
                        + " (a bias or normalization after them does not map zero to zero)", original.sourceVariable(),
                        zero.cardinality(), difference.maxAbs()));
                continue;
            }
            graph = result.graph();
            current = result.values();
            removed.put(original.sourceVariable(), result.removed());
        }
        return new FilterRemoval.Result(graph, current, removed.values().stream().mapToInt(Integer::intValue).sum(),
                java.util.Optional.empty());
    }
}
