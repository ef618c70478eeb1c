package dev.modelspec.train;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Constant;
import org.tensorflow.op.core.Identity;
import org.tensorflow.op.core.NoOp;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.train.Restore;
import org.tensorflow.proto.SaverDef;
import org.tensorflow.types.TString;
import org.tensorflow.types.family.TType;

/**
 * Adds save and restore ops for every variable, of both kinds, in the {@code save} scope.
 *
 * <p>TF Java's own saver only sees {@code VariableV2}; this one writes a V2 checkpoint whose keys are
 * the variable names: {@code save/filename} takes the checkpoint prefix, fetching {@code
 * save/control_dependency} saves, running {@code save/restore_all} restores.
 */
final class Saver {

    private Saver() {}

    /** Adds the ops to {@code tf}, which must be the {@code save} scope, and describes them. */
    static SaverDef addTo(Ops tf, Collection<GraphVariable> variables) {
        String[] names = variables.stream().map(GraphVariable::name).toArray(String[]::new);
        List<Operand<?>> values = new ArrayList<>();
        List<Class<? extends TType>> types = new ArrayList<>();
        for (GraphVariable variable : variables) {
            values.add(variable.read(tf));
            types.add(variable.type());
        }
        Placeholder<TString> filename = tf.withName("filename").placeholder(TString.class);
        Constant<TString> keys = tf.withName("tensor_names").constant(StandardCharsets.UTF_8, names);
        Constant<TString> slices = tf.withName("shape_and_slices").constant(StandardCharsets.UTF_8, wholeTensors(names.length));
        Op save = tf.train.save(filename, keys, slices, values);
        Identity<TString> saved = tf.withControlDependencies(List.of(save)).withName("control_dependency").identity(filename);
        Restore restored = tf.train.restore(filename, keys, slices, types);
        List<Op> assignments = new ArrayList<>();
        int index = 0;
        for (GraphVariable variable : variables) {
            assignments.add(variable.assign(tf, restored.tensors().get(index++)));
        }
        NoOp restoreAll = tf.withControlDependencies(assignments).withName("restore_all").noOp();
        return SaverDef.newBuilder()
                .setFilenameTensorName(filename.output().name())
                .setSaveTensorName(saved.output().name())
                .setRestoreOpName(restoreAll.op().name())
                .setVersion(SaverDef.CheckpointFormatVersion.V2)
                .build();
    }

    private static String[] wholeTensors(int count) {
        String[] slices = new String[count];
        Arrays.fill(slices, "");
        return slices;
    }
}
