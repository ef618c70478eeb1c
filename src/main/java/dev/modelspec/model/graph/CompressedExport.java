package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.VariableRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Exports a candidate as it ships: the serving signature inlined into a flat graph, filters that
 * pruning zeroed removed for real, activations quantized as training quantized them, weights stored
 * as int8, float16 or cluster indices and dequantized where they are read, written as a serving-only SavedModel ({@link
 * FlatSavedModelWriter}) that TF Java, Python TF and the TFLite converter load. Every pass is
 * checked: a storage form reproduces the candidate's float values bit for bit or the weight stays
 * float32; a filter removal is kept only if the outputs on seeded probe inputs stay within {@value
 * #RELATIVE_TOLERANCE} of their magnitude. What was left alone is in the {@link ExportReport}.
 *
 * <pre>{@code
 * try (SavedModel candidate = ...) {          // weights as the recipe left them
 *     ExportReport report = CompressedExport.of(candidate)
 *             .removingZeroedFilters()
 *             .storing(WeightStorage.INT8)      // the prunable weights (kernels)
 *             .write(target);
 * }
 * }</pre>
 * Immutable; every setter returns a new export.
 */
public final class CompressedExport {

    /** How far a filter removal may move the outputs, relative to their largest magnitude (at least 1). */
    public static final double RELATIVE_TOLERANCE = 1e-4;

    private record Rule(WeightStorage storage, Predicate<FlatVariable> weights) {}

    private final FlatGraph flat;
    private final Map<String, FloatTensor> values;
    private final Predicate<FlatVariable> prunable;
    private final List<Rule> rules;
    private final boolean removeZeroedFilters;
    private final Optional<ActivationRanges> activations;

    private CompressedExport(FlatGraph flat, Map<String, FloatTensor> values, Predicate<FlatVariable> prunable, List<Rule> rules,
            boolean removeZeroedFilters, Optional<ActivationRanges> activations) {
        this.flat = flat;
        this.values = Map.copyOf(values);
        this.prunable = prunable;
        this.rules = List.copyOf(rules);
        this.removeZeroedFilters = removeZeroedFilters;
        this.activations = activations;
    }

    /**
     * The selected signature of {@code model} with the weights' current values (what {@link
     * SavedModel#writeWeights} last wrote), its prunable weights as the model's roles say.
     *
     * @throws GraphRewriteException if the serving computation uses an op the flat graph cannot express
     */
    public static CompressedExport of(SavedModel model) {
        FlatGraph flat = SavedModelFlattening.inline(model);
        Set<String> kernels = model.variables().stream().filter(v -> v.role() == VariableRole.PRUNABLE_WEIGHT)
                .map(ModelVariable::name).collect(Collectors.toSet());
        return of(flat, SavedModelFlattening.readValues(model, flat), v -> kernels.contains(v.sourceVariable()));
    }

    /** {@code flat} with {@code values} by flat weight name; {@code prunable} says which weights are kernels. */
    public static CompressedExport of(FlatGraph flat, Map<String, FloatTensor> values, Predicate<FlatVariable> prunable) {
        return new CompressedExport(flat, values, prunable, List.of(), false, Optional.empty());
    }

    /** This export storing the prunable weights (the kernels quantization touches) as {@code storage}. */
    public CompressedExport storing(WeightStorage storage) {
        return storing(storage, prunable);
    }

    /** This export storing the weights {@code weights} selects as {@code storage}; a later choice wins. */
    public CompressedExport storing(WeightStorage storage, Predicate<FlatVariable> weights) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(new Rule(storage, weights));
        return new CompressedExport(flat, values, prunable, more, removeZeroedFilters, activations);
    }

    /**
     * This export removing every output channel of a Conv2D or MatMul kernel whose weights are all
     * zero (as {@code Pruning.filters()} leaves them), with what depends on it, where the removal is
     * proved safe and keeps the outputs (a BatchNormalization after a zeroed filter does not).
     */
    public CompressedExport removingZeroedFilters() {
        return new CompressedExport(flat, values, prunable, rules, true, activations);
    }

    /**
     * This export reading the tensors of {@code ranges} through {@code FakeQuantWithMinMaxArgs} with
     * their ranges ({@link ActivationQuantization#forServing}), as quantization-aware fine-tuning
     * with activations trained them.
     */
    public CompressedExport quantizingActivations(ActivationRanges ranges) {
        return new CompressedExport(flat, values, prunable, rules, removeZeroedFilters, Optional.of(ranges));
    }

    /** The rewritten graph and its stored values, with the report; nothing is written. */
    public CompressedModel rewrite() {
        List<String> notes = new ArrayList<>();
        Map<String, Integer> removed = new LinkedHashMap<>();
        FlatGraph graph = flat;
        Map<String, FloatTensor> current = values;
        if (removeZeroedFilters) {
            FilterRemoval.Result result = ZeroedFilters.removeAll(graph, current, prunable, notes, removed);
            graph = result.graph();
            current = result.values();
        }
        if (activations.isPresent()) {
            graph = ActivationQuantization.forServing(graph, activations.get());
        }
        Map<String, WeightStorage> choices = new LinkedHashMap<>();
        for (FlatVariable variable : graph.variables()) {
            for (Rule rule : rules) {
                if (rule.weights().test(variable)) {
                    choices.put(variable.name(), rule.storage());
                }
            }
        }
        StorageRewrite.Result stored = StorageRewrite.apply(graph, current, choices);
        notes.addAll(stored.notes());
        Map<String, WeightStorage> storage = new LinkedHashMap<>();
        stored.graph().variables().forEach(v -> storage.put(v.sourceVariable(), stored.stored().get(v.name())));
        FlatGraph reference = activations.map(ranges -> ActivationQuantization.forServing(flat, ranges)).orElse(flat);
        double difference = EquivalenceProbe.canProbe(flat) ? EquivalenceProbe.compare(reference, storedFloats(flat, values),
                stored.graph(), stored.values()).maxAbs() : Double.NaN;
        long bytes = stored.values().values().stream().mapToLong(StoredTensor::byteSize).sum();
        return new CompressedModel(stored.graph(), stored.values(), new ExportReport(storage, removed, notes, difference, bytes));
    }

    /**
     * Rewrites and writes the export to the new directory {@code target}.
     *
     * @throws dev.modelspec.model.ModelAccessException if {@code target} exists or cannot be written
     */
    public ExportReport write(Path target) {
        CompressedModel model = rewrite();
        FlatSavedModelWriter.writeStored(model.graph(), model.values(), target);
        return model.report();
    }

    static Map<String, StoredTensor> storedFloats(FlatGraph graph, Map<String, FloatTensor> values) {
        Map<String, StoredTensor> stored = new LinkedHashMap<>();
        graph.variables().forEach(v -> stored.put(v.name(), StoredTensor.of(values.get(v.name()))));
        return stored;
    }

    /** The channels of {@code kernel}'s last dimension whose weights are all zero. */
    static BitSet zeroChannels(FloatTensor kernel) {
        int channels = (int) kernel.dimension(-1);
        BitSet nonZero = new BitSet(channels);
        float[] v = kernel.values();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0f) {
                nonZero.set(i % channels);
            }
        }
        BitSet zero = new BitSet(channels);
        zero.set(0, channels);
        zero.andNot(nonZero);
        return zero;
    }
}
