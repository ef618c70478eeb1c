package dev.modelspec.model;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.Restore;
import org.tensorflow.proto.TrackableObjectGraphOuterClass.TrackableObjectGraph;
import org.tensorflow.types.TString;

/**
 * The object graph a TF2 checkpoint stores under {@value #KEY}: for each object of the
 * SavedModel's object graph (same node ids), the checkpoint keys of its attributes. This is how
 * Python's {@code tf.saved_model.load} finds a variable's value.
 */
final class CheckpointObjectGraph {

    static final String KEY = "_CHECKPOINTABLE_OBJECT_GRAPH";
    private static final String VALUE_ATTRIBUTE = "VARIABLE_VALUE";

    private final TrackableObjectGraph graph;

    private CheckpointObjectGraph(TrackableObjectGraph graph) {
        this.graph = graph;
    }

    /** The object graph of the checkpoint {@code variables/variables} of a SavedModel, if it has one. */
    static Optional<CheckpointObjectGraph> read(Path savedModel) {
        Path prefix = savedModel.resolve("variables").resolve("variables");
        if (!mentionsObjectGraph(Path.of(prefix + ".index"))) {
            return Optional.empty();
        }
        try (Graph scratch = new Graph(); Session session = new Session(scratch)) {
            Ops tf = Ops.create(scratch);
            Restore restore = tf.train.restore(tf.constant(prefix.toString()), tf.constant(StandardCharsets.UTF_8, new String[] {KEY}),
                    tf.constant(StandardCharsets.UTF_8, new String[] {""}), List.of(TString.class));
            try (Result result = session.runner().fetch(restore.tensors().get(0)).run()) {
                byte[] bytes = ((TString) result.get(0)).asBytes().getObject();
                return Optional.of(new CheckpointObjectGraph(TrackableObjectGraph.parseFrom(bytes)));
            }
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            return Optional.empty(); // a TF1 checkpoint: keys are variable names, no object graph
        }
    }

    /**
     * Whether the checkpoint index names the object graph key: TF1 checkpoints do not, and asking
     * TensorFlow for a missing key logs a warning. The first key after the header is stored whole.
     */
    private static boolean mentionsObjectGraph(Path index) {
        try {
            byte[] bytes = Files.readAllBytes(index);
            byte[] key = KEY.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + key.length <= bytes.length; i++) {
                for (int j = 0; j < key.length; j++) {
                    if (bytes[i + j] != key[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The checkpoint key of the value of the variable object {@code nodeId}, if it has one. */
    Optional<String> valueKey(int nodeId) {
        if (nodeId < 0 || nodeId >= graph.getNodesCount()) {
            return Optional.empty();
        }
        return graph.getNodes(nodeId).getAttributesList().stream()
                .filter(a -> a.getName().equals(VALUE_ATTRIBUTE))
                .map(a -> a.getCheckpointKey())
                .findFirst();
    }
}
