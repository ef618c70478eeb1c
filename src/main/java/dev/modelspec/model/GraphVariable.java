package dev.modelspec.model;

import java.util.List;
import org.tensorflow.GraphOperation;

/**
 * One variable of a loaded graph: every variable node that holds it, and how ModelSpec classified it.
 *
 * <p>A weight can be held by several nodes: the one the serving functions read and the one the
 * saver writes under the key Python restores (Keras 3 exports), or several handles sharing a
 * resource. Writes go to all of them, so every loader sees the same values.
 *
 * @param operation the node reads go through: the one the serving signature reads when it does
 * @param handles every node holding this variable, {@code operation} first
 * @param description the variable as users see it
 */
record GraphVariable(GraphOperation operation, List<GraphOperation> handles, ModelVariable description) {

    GraphVariable {
        handles = List.copyOf(handles);
    }

    /** Whether the variable is a resource variable (TF2) rather than a reference one (TF1). */
    boolean isResource() {
        return operation.type().equals(VariableCatalog.RESOURCE_VARIABLE);
    }
}
