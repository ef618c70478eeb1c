package dev.modelspec.recipe.pruning;

import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.StepArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which prunable weights a pruning step touches. Starts from the {@code PRUNABLE_WEIGHT} entries in
 * graph order; drops the first and/or last of them when asked (before any other filter), those
 * whose name contains no match of the layer pattern ({@link java.util.regex.Matcher#find()}:
 * anchor with {@code ^...$} for whole names) and those with fewer than {@code minSize} elements.
 */
final class LayerSelection {

    /** Selects every prunable weight. */
    static final LayerSelection ALL = new LayerSelection(null, false, false, 0);

    private final Pattern layers;
    private final boolean skipFirst;
    private final boolean skipLast;
    private final long minSize;

    private LayerSelection(Pattern layers, boolean skipFirst, boolean skipLast, long minSize) {
        this.layers = layers;
        this.skipFirst = skipFirst;
        this.skipLast = skipLast;
        this.minSize = minSize;
    }

    LayerSelection layers(String regex) {
        try {
            return new LayerSelection(Pattern.compile(regex), skipFirst, skipLast, minSize);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "layers must be a valid regular expression, but was " + regex + ": " + e.getDescription(), e);
        }
    }

    LayerSelection skipFirst() {
        return new LayerSelection(layers, true, skipLast, minSize);
    }

    LayerSelection skipLast() {
        return new LayerSelection(layers, skipFirst, true, minSize);
    }

    LayerSelection minSize(long elements) {
        StepArguments.requireAtLeast("minSize", elements, 0);
        return new LayerSelection(layers, skipFirst, skipLast, elements);
    }

    /**
     * The selected entries, in graph order.
     *
     * @throws IllegalArgumentException if the layers' regular expression matches none of the prunable
     *     layers: a recipe that would silently prune nothing
     */
    List<WeightSet.Entry> select(WeightSet weights) {
        List<WeightSet.Entry> prunable = weights.prunable();
        if (layers != null && !prunable.isEmpty()
                && prunable.stream().noneMatch(entry -> layers.matcher(entry.variable().name()).find())) {
            throw new IllegalArgumentException("layers(\"" + layers.pattern() + "\") matches none of the model's "
                    + "prunable layers " + prunable.stream().map(entry -> entry.variable().name()).toList()
                    + ": fix the regular expression (it is searched for in each variable's name)");
        }
        List<WeightSet.Entry> selected = new ArrayList<>();
        for (int i = 0; i < prunable.size(); i++) {
            WeightSet.Entry entry = prunable.get(i);
            boolean skipped = (skipFirst && i == 0) || (skipLast && i == prunable.size() - 1);
            boolean matches = layers == null || layers.matcher(entry.variable().name()).find();
            if (!skipped && matches && entry.tensor().size() >= minSize) {
                selected.add(entry);
            }
        }
        return selected;
    }

    /** The non-default settings as canonical-form suffix, e.g. {@code ,layers=conv.*,skipFirst}. */
    String canonicalSuffix() {
        StringBuilder suffix = new StringBuilder();
        if (layers != null) {
            suffix.append(",layers=").append(layers.pattern());
        }
        if (skipFirst) {
            suffix.append(",skipFirst");
        }
        if (skipLast) {
            suffix.append(",skipLast");
        }
        if (minSize > 0) {
            suffix.append(",minSize=").append(minSize);
        }
        return suffix.toString();
    }
}
