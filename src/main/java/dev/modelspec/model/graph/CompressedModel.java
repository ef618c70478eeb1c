package dev.modelspec.model.graph;

import java.util.Map;

/**
 * A {@link CompressedExport}'s result before it is written: the rewritten flat graph, every weight's
 * stored value by flat name, and the report.
 *
 * @param graph the rewritten graph
 * @param values the stored values, by {@link FlatVariable#name()}
 * @param report what the export did
 */
public record CompressedModel(FlatGraph graph, Map<String, StoredTensor> values, ExportReport report) {

    /** Copies the values. */
    public CompressedModel {
        values = Map.copyOf(values);
    }
}
