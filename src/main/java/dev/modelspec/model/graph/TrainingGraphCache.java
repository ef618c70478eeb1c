package dev.modelspec.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.GraphDef;

/**
 * The training graphs of one run, kept for reuse: building a {@link TrainingGraph} imports the flat
 * graph and adds its loss, gradients and updates, so every recipe that fine-tunes the same baseline
 * (the same flat graph, output kind and optimizer) reuses the one built for the first. A graph is
 * lent to one trainer at a time ({@link #acquire}, then {@link #release}); a second trainer asking
 * at the same time gets a graph of its own. {@link TrainingGraph#load} resets the optimizer's state,
 * so a reused graph trains exactly as a new one. Thread-safe; {@link #close()} closes every graph.
 */
public final class TrainingGraphCache implements AutoCloseable {

    private record Key(GraphDef graph, List<FlatVariable> variables, String signature, OutputKind kind, Optimizer optimizer) {}

    private final boolean keeps;
    private final Map<Key, Deque<TrainingGraph>> idle = new HashMap<>();
    private final Map<TrainingGraph, Key> keys = new HashMap<>();
    private final List<TrainingGraph> built = new ArrayList<>();
    private int builds;
    private boolean closed;

    private TrainingGraphCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache that keeps the graphs it builds until it is closed: one per run. */
    public static TrainingGraphCache create() {
        return new TrainingGraphCache(true);
    }

    /** A cache that keeps nothing: every {@link #acquire} builds a graph, every {@link #release} closes it. */
    public static TrainingGraphCache keepingNothing() {
        return new TrainingGraphCache(false);
    }

    /**
     * A training graph of {@code flat} for {@code kind} and {@code optimizer} updating every float
     * weight but BatchNormalization statistics: an idle one built before for the same flat graph, or a
     * new one. Its weights and optimizer state are whatever they were: {@link TrainingGraph#load} them.
     *
     * @throws GraphRewriteException as {@link TrainingGraph#build} does
     * @throws IllegalStateException if the cache is closed
     */
    public synchronized TrainingGraph acquire(FlatGraph flat, OutputKind kind, Optimizer optimizer) {
        if (closed) {
            throw new IllegalStateException("The training graph cache is closed; the run that owned it has ended");
        }
        Key key = new Key(flat.graphDef(), flat.variables().stream().map(v -> new FlatVariable(v.name(), v.readTensor(),
                v.dataType(), v.shape(), "", "")).toList(), flat.signatureKey(), kind, optimizer);
        Deque<TrainingGraph> ready = idle.get(key);
        if (ready != null && !ready.isEmpty()) {
            return ready.pop();
        }
        TrainingGraph graph = TrainingGraph.build(flat, kind, optimizer, v -> true);
        keys.put(graph, key);
        built.add(graph);
        builds++;
        return graph;
    }

    /** Gives {@code graph}, from {@link #acquire}, back for the next trainer (or closes it, when this cache keeps nothing). */
    public synchronized void release(TrainingGraph graph) {
        Key key = keys.get(graph);
        if (key == null) {
            throw new IllegalArgumentException("The training graph was not acquired from this cache");
        }
        if (keeps && !closed) {
            idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(graph);
        } else {
            keys.remove(graph);
            built.remove(graph);
            graph.close();
        }
    }

    /** How many training graphs this cache has built so far. */
    public synchronized int builds() {
        return builds;
    }

    /** Closes every graph this cache built; graphs still lent out are closed too. */
    @Override
    public synchronized void close() {
        closed = true;
        built.forEach(TrainingGraph::close);
        built.clear();
        idle.clear();
        keys.clear();
    }
}
