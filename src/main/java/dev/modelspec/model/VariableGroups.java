package dev.modelspec.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.GraphOperation;

/** Variable nodes joined into groups that hold one value (a union-find by node name), in graph order. */
final class VariableGroups {

    private final Map<String, GraphOperation> nodes = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> firstOfResource = new HashMap<>();

    /** Adds a node; nodes naming one resource ({@code resource}: its shared name) join one group. */
    void add(GraphOperation op, String resource) {
        nodes.put(op.name(), op);
        parent.put(op.name(), op.name());
        String first = firstOfResource.putIfAbsent(resource, op.name());
        if (first != null) {
            union(first, op.name());
        }
    }

    /** Joins the groups of two added nodes. */
    void union(String a, String b) {
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }

    /** The groups, each in graph order, ordered by their first node. */
    List<List<GraphOperation>> groups() {
        Map<String, List<GraphOperation>> byRoot = new LinkedHashMap<>();
        nodes.forEach((name, op) -> byRoot.computeIfAbsent(root(name), r -> new ArrayList<>()).add(op));
        return new ArrayList<>(byRoot.values());
    }

    private String root(String name) {
        String current = name;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
