package dev.modelspec.model.graph;

/**
 * What a reference in the original graph stands for in the flat graph: a tensor, or a weight whose
 * handle was passed along (resources are never copied: their uses are rewritten to the weight's read).
 */
sealed interface InlinedValue {

    /** A tensor of the flat graph, named as a {@code NodeDef} input names it ({@code node} or {@code node:k}). */
    record Tensor(String name) implements InlinedValue {}

    /** A weight's handle. */
    record Resource(FlatVariable variable) implements InlinedValue {}

    /** The flat graph's name of this tensor; a weight's handle has none. */
    default String tensorName(String usedBy) {
        if (this instanceof Tensor tensor) {
            return tensor.name();
        }
        throw new GraphRewriteException(usedBy + " uses the handle of weight " + ((Resource) this).variable().sourceVariable()
                + " directly; only ReadVariableOp, ResourceGather and Identity may take a weight's handle in the flat graph");
    }
}
