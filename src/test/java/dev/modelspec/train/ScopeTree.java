package dev.modelspec.train;

import java.util.HashMap;
import java.util.Map;
import org.tensorflow.op.Ops;

/**
 * Name scopes of one graph by path, so that {@code conv2d} always means the same scope.
 *
 * <p>TF Java makes a sub-scope name unique each time it is requested ({@code conv2d}, then {@code
 * conv2d_1}); asking this tree for a path twice returns the same scope instead.
 */
final class ScopeTree {

    private final Ops root;
    private final Map<String, Ops> scopes = new HashMap<>();

    ScopeTree(Ops root) {
        this.root = root;
    }

    /** The root scope. */
    Ops root() {
        return root;
    }

    /** The scope at a {@code /}-separated path, e.g. {@code Adam/m/dense}. */
    Ops at(String path) {
        Ops existing = scopes.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        Ops parent = slash < 0 ? root : at(path.substring(0, slash));
        Ops created = parent.withSubScope(path.substring(slash + 1));
        scopes.put(path, created);
        return created;
    }
}
