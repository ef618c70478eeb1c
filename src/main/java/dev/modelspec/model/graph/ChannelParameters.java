package dev.modelspec.model.graph;

import dev.modelspec.model.SavedModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parameters that act on each output channel of a kernel before the next layer reads it, as the
 * serving graph wires them: the layer's bias and a following BatchNormalization's scale and offset
 * (its moving statistics excluded). Zeroing channel {@code c} of a Conv2D or dense kernel together
 * with entry {@code c} of each of them makes the channel output exactly zero, so a pruned filter is
 * dead through the normalization and {@link CompressedExport#removingZeroedFilters()} can remove it;
 * holding those entries at zero during fine-tuning keeps it dead. Immutable.
 */
public final class ChannelParameters {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelParameters.class);

    private final Map<String, List<String>> byKernel;

    private ChannelParameters(Map<String, List<String>> byKernel) {
        this.byKernel = Map.copyOf(byKernel);
    }

    /**
     * The channel parameters of the selected signature of {@code model}, by the model's variable
     * names. A serving computation the flat graph cannot express has none known (logged).
     */
    public static ChannelParameters of(SavedModel model) {
        try {
            return of(SavedModelFlattening.inline(model));
        } catch (GraphRewriteException e) {
            LOG.debug("No channel parameters for {}: {}", model, e.getMessage());
            return none();
        }
    }

    /** The channel parameters of {@code flat}, by source variable name. */
    static ChannelParameters of(FlatGraph flat) {
        Set<String> statistics = new HashSet<>(BatchNormStatistics.of(flat));
        Map<String, String> sources = new LinkedHashMap<>();
        flat.variables().forEach(v -> sources.put(v.name(), v.sourceVariable()));
        GraphEdit edit = new GraphEdit(flat);
        Map<String, List<String>> byKernel = new LinkedHashMap<>();
        for (FlatVariable kernel : flat.variables()) {
            if (!kernel.isFloat() || kernel.shape().length < 2) {
                continue;
            }
            List<String> parameters = ChannelTrace.of(edit, kernel).parameters().stream()
                    .filter(p -> !statistics.contains(p)).map(sources::get).toList();
            if (!parameters.isEmpty()) {
                byKernel.put(kernel.sourceVariable(), parameters);
            }
        }
        return new ChannelParameters(byKernel);
    }

    /** None known: only the name-based bias lookup of the pruning steps applies. */
    public static ChannelParameters none() {
        return new ChannelParameters(Map.of());
    }

    /**
     * The variables (by name) whose last dimension runs over the output channels of {@code kernelName}
     * and whose entry {@code c}, zeroed with the kernel's channel {@code c}, silences that channel;
     * empty for an unknown kernel or one followed by nothing per channel.
     */
    public List<String> silencing(String kernelName) {
        return byKernel.getOrDefault(kernelName, List.of());
    }

    @Override
    public String toString() {
        return "ChannelParameters" + byKernel;
    }
}
