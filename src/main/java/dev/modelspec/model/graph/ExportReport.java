package dev.modelspec.model.graph;

import java.util.List;
import java.util.Map;

/**
 * What a {@link CompressedExport} did, for a recipe's report: how each weight is stored, how many
 * filters each kernel lost, what was left alone and why, and the equivalence check's result.
 *
 * @param storage how each weight is stored, by the variable's name in the source model
 * @param removedFilters the output channels removed, by kernel, in the source model's names
 * @param notes one sentence per weight or layer left as it was, naming it and saying why
 * @param probeMaxAbsDifference the largest output difference between the export and the candidate it
 *     was made from on seeded probe inputs, or {@code NaN} when the signature cannot be probed
 * @param variableBytes the bytes of the weights' stored values
 */
public record ExportReport(Map<String, WeightStorage> storage, Map<String, Integer> removedFilters, List<String> notes,
        double probeMaxAbsDifference, long variableBytes) {

    /** Copies the collections. */
    public ExportReport {
        storage = Map.copyOf(storage);
        removedFilters = Map.copyOf(removedFilters);
        notes = List.copyOf(notes);
    }
}
