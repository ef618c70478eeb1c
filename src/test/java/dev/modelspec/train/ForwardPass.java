package dev.modelspec.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * One construction of the model's forward ops: the serving pass at the graph root, or the training
 * pass under {@code train/}, both reading the same variables.
 */
final class ForwardPass {

    private final ScopeTree scopes;
    private final String prefix;
    private final boolean training;
    private final VariableStore variables;
    private final long seed;
    private final Map<String, Operand<TFloat32>> reads = new LinkedHashMap<>();

    ForwardPass(ScopeTree scopes, String prefix, boolean training, VariableStore variables, long seed) {
        this.scopes = scopes;
        this.prefix = prefix;
        this.training = training;
        this.variables = variables;
        this.seed = seed;
    }

    /** The scope of a layer's ops in this pass. */
    Ops scope(String layerName) {
        return scopes.at(prefix.isEmpty() ? layerName : prefix + "/" + layerName);
    }

    /** Whether this pass trains, which turns dropout on. */
    boolean training() {
        return training;
    }

    /** The model's seed, for random ops. */
    long seed() {
        return seed;
    }

    /** Reads variable {@code layerName/leafName} once in this pass. */
    Operand<TFloat32> read(String layerName, String leafName) {
        String name = layerName + "/" + leafName;
        return reads.computeIfAbsent(name, n -> GraphVariable.typed(variables.get(n).read(scope(layerName))));
    }

    /** The reads of this pass by variable name, in the order the layers made them. */
    Map<String, Operand<TFloat32>> reads() {
        return reads;
    }
}
