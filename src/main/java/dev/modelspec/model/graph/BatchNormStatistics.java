package dev.modelspec.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tensorflow.proto.NodeDef;

/**
 * The weights of a flat graph that hold BatchNormalization's moving statistics, which training in
 * inference mode must not change: those Keras names {@code moving_mean} / {@code moving_variance},
 * and the mean and variance inputs (3 and 4) of every {@code FusedBatchNorm*} op.
 */
final class BatchNormStatistics {

    private BatchNormStatistics() {}

    static List<String> of(FlatGraph flat) {
        Map<String, String> byRead = flat.variables().stream()
                .collect(Collectors.toMap(v -> OutputKind.nodeName(v.readTensor()), FlatVariable::name));
        List<String> frozen = new ArrayList<>();
        for (FlatVariable variable : flat.variables()) {
            String name = variable.sourceVariable().toLowerCase(Locale.ROOT);
            if (name.contains("moving_mean") || name.contains("moving_variance")) {
                frozen.add(variable.name());
            }
        }
        for (NodeDef node : flat.graphDef().getNodeList()) {
            if (node.getOp().startsWith("FusedBatchNorm") && node.getInputCount() >= 5) {
                for (int i = 3; i < 5; i++) {
                    String read = byRead.get(OutputKind.nodeName(node.getInput(i)));
                    if (read != null) {
                        frozen.add(read);
                    }
                }
            }
        }
        return frozen;
    }
}
