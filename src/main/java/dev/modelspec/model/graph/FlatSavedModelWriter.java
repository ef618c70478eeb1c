package dev.modelspec.model.graph;

import com.google.protobuf.ByteString;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelAccessException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpList;
import org.tensorflow.proto.SaverDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.types.TString;

/**
 * Writes a {@link FlatGraph} with weight values as a serving-only, TF1-style SavedModel: one
 * MetaGraph tagged {@code serve}, the flat graph's signature and nothing else, a V2 saver whose
 * {@code SaveV2} / {@code RestoreV2} nodes name every weight by its {@link FlatVariable#name()}
 * (also its {@code shared_name}), the checkpoint in {@code variables/}, and no object graph. TF
 * Java, Python's {@code tf.saved_model.load(dir).signatures[key]} and {@code
 * tf.lite.TFLiteConverter.from_saved_model} all load it. Optimizer state, training signatures and
 * anything else the original held are gone by construction.
 */
public final class FlatSavedModelWriter {

    private static final String SAVE = "save/";

    private FlatSavedModelWriter() {}

    /**
     * Writes {@code flat} with {@code values} (by weight name) to the new directory {@code target}.
     *
     * @throws ModelAccessException if {@code target} exists or cannot be written
     * @throws IllegalArgumentException if a weight has no float32 value of its shape
     */
    public static void write(FlatGraph flat, Map<String, FloatTensor> values, Path target) {
        write(flat, session -> session.load(values), target);
    }

    /**
     * Writes {@code flat} with {@code values} (by weight name) of any stored element type (int8 codes,
     * half-precision bits, cluster indices beside float32) to the new directory {@code target}.
     *
     * @throws ModelAccessException if {@code target} exists or cannot be written
     * @throws IllegalArgumentException if a weight has no value of its type and shape
     */
    public static void writeStored(FlatGraph flat, Map<String, StoredTensor> values, Path target) {
        write(flat, session -> session.loadStored(values), target);
    }

    private static void write(FlatGraph flat, java.util.function.Consumer<FlatGraphSession> load, Path target) {
        if (Files.exists(target)) {
            throw new ModelAccessException("Cannot write a SavedModel to " + target + ": it exists. Choose a new directory.");
        }
        GraphDef graph = flat.graphDef().toBuilder().addAllNode(saverNodes(flat.variables())).build();
        FlatGraph withSaver = new FlatGraph(flat.signatureKey(), graph, flat.variables(), flat.inputs(), flat.outputs());
        try {
            Files.createDirectories(target.resolve("variables"));
            try (FlatGraphSession session = FlatGraphSession.open(withSaver);
                    TString prefix = TString.scalarOf(target.resolve("variables").resolve("variables").toString())) {
                load.accept(session);
                session.session().runner().feed(SAVE + "filename", prefix).addTarget(SAVE + "control_dependency").run();
            }
            try (OutputStream out = Files.newOutputStream(target.resolve("saved_model.pb"))) {
                savedModel(withSaver).writeTo(out);
            }
        } catch (IOException e) {
            throw new ModelAccessException("Cannot write the SavedModel to " + target + ": " + e.getMessage(), e);
        }
    }

    private static SavedModel savedModel(FlatGraph flat) {
        SaverDef saver = SaverDef.newBuilder().setFilenameTensorName(SAVE + "filename:0")
                .setSaveTensorName(SAVE + "control_dependency:0").setRestoreOpName(SAVE + "restore_all")
                .setVersion(SaverDef.CheckpointFormatVersion.V2).setMaxToKeep(5).setKeepCheckpointEveryNHours(10000)
                .build();
        MetaGraphDef.MetaInfoDef info = MetaGraphDef.MetaInfoDef.newBuilder().addTags("serve")
                .setStrippedOpList(usedOps(flat.graphDef())).build();
        MetaGraphDef metaGraph = MetaGraphDef.newBuilder().setMetaInfoDef(info).setGraphDef(flat.graphDef())
                .setSaverDef(saver).putSignatureDef(flat.signatureKey(), flat.signatureDef()).build();
        return SavedModel.newBuilder().setSavedModelSchemaVersion(1).addMetaGraphs(metaGraph).build();
    }

    private static OpList usedOps(GraphDef graph) {
        Set<String> types = new TreeSet<>();
        graph.getNodeList().forEach(n -> types.add(n.getOp()));
        OpList.Builder ops = OpList.newBuilder();
        types.forEach(type -> ops.addOp(OpRegistry.get().find(type)));
        return ops.build();
    }

    private static List<NodeDef> saverNodes(List<FlatVariable> variables) {
        AttrValue.Builder dtypes = AttrValue.newBuilder();
        TensorProto.Builder nameTensor = stringVector(variables.size());
        TensorProto.Builder slices = stringVector(variables.size());
        AttrValue.ListValue.Builder types = AttrValue.ListValue.newBuilder();
        NodeDef.Builder save = NodeDef.newBuilder().setName(SAVE + "SaveV2").setOp("SaveV2")
                .addInput(SAVE + "filename").addInput(SAVE + "tensor_names").addInput(SAVE + "shape_and_slices");
        NodeDef.Builder restoreAll = NodeDef.newBuilder().setName(SAVE + "restore_all").setOp("NoOp");
        List<NodeDef> assigns = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            FlatVariable variable = variables.get(i);
            nameTensor.addStringVal(ByteString.copyFromUtf8(variable.name()));
            slices.addStringVal(ByteString.EMPTY);
            types.addType(variable.dataType());
            save.addInput(variable.readTensor());
            String assign = SAVE + "Assign_" + i;
            assigns.add(NodeDef.newBuilder().setName(assign).setOp("AssignVariableOp").addInput(variable.name())
                    .addInput(SAVE + "RestoreV2" + (i == 0 ? "" : ":" + i))
                    .putAttr("dtype", AttrValue.newBuilder().setType(variable.dataType()).build()).build());
            restoreAll.addInput("^" + assign);
        }
        dtypes.setList(types);
        NodeDef filenameDefault = constant(SAVE + "filename/input", TensorProto.newBuilder()
                .setDtype(DataType.DT_STRING).addStringVal(ByteString.copyFromUtf8("model")));
        NodeDef filename = NodeDef.newBuilder().setName(SAVE + "filename").setOp("PlaceholderWithDefault")
                .addInput(SAVE + "filename/input").putAttr("dtype", type(DataType.DT_STRING))
                .putAttr("shape", AttrValue.newBuilder().setShape(TensorShapeProto.getDefaultInstance()).build())
                .build();
        NodeDef restore = NodeDef.newBuilder().setName(SAVE + "RestoreV2").setOp("RestoreV2").addInput(SAVE + "filename")
                .addInput(SAVE + "tensor_names").addInput(SAVE + "shape_and_slices").putAttr("dtypes", dtypes.build()).build();
        NodeDef saved = NodeDef.newBuilder().setName(SAVE + "control_dependency").setOp("Identity").addInput(SAVE + "filename")
                .addInput("^" + SAVE + "SaveV2").putAttr("T", type(DataType.DT_STRING)).build();
        List<NodeDef> nodes = new ArrayList<>(List.of(filenameDefault, filename,
                constant(SAVE + "tensor_names", nameTensor), constant(SAVE + "shape_and_slices", slices),
                save.putAttr("dtypes", dtypes.build()).build(), saved, restore));
        nodes.addAll(assigns);
        nodes.add(restoreAll.build());
        return nodes;
    }

    private static TensorProto.Builder stringVector(int size) {
        return TensorProto.newBuilder().setDtype(DataType.DT_STRING)
                .setTensorShape(TensorShapeProto.newBuilder()
                        .addDim(TensorShapeProto.Dim.newBuilder().setSize(size)));
    }

    private static NodeDef constant(String name, TensorProto.Builder value) {
        return NodeDef.newBuilder().setName(name).setOp("Const").putAttr("dtype", type(DataType.DT_STRING))
                .putAttr("value", AttrValue.newBuilder().setTensor(value).build()).build();
    }

    private static AttrValue type(DataType type) {
        return AttrValue.newBuilder().setType(type).build();
    }
}
