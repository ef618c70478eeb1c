package dev.modelspec.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.types.TString;

/**
 * Writes a {@link ModelGraph} as a TF1-style SavedModel: {@code saved_model.pb} with one meta graph
 * tagged {@code serve} (graph, saver, the serving signature, {@code serving_default} unless the
 * model names it otherwise, and the {@code train} signature)
 * and a V2 checkpoint of every variable at {@code variables/variables}.
 *
 * <p>No init op is written: the loader runs {@code save/restore_all}, which assigns every variable,
 * Adam's state included, from the checkpoint.
 */
final class SavedModelWriter {

    private static final String PREDICT_METHOD = "tensorflow/serving/predict";

    private SavedModelWriter() {}

    /** Writes the model into {@code directory}, which is created if needed. */
    static void write(Graph graph, Session session, ModelGraph model, String servingKey, Path directory)
            throws IOException {
        Path variables = Files.createDirectories(directory.resolve("variables"));
        try (TString prefix = TString.scalarOf(variables.resolve("variables").toAbsolutePath().toString());
                Result ignored = session.runner()
                        .feed(model.saverDef().getFilenameTensorName(), prefix)
                        .fetch(model.saverDef().getSaveTensorName())
                        .run()) {
            // Fetching the save tensor wrote the checkpoint.
        }
        MetaGraphDef metaGraph = MetaGraphDef.newBuilder()
                .setMetaInfoDef(MetaGraphDef.MetaInfoDef.newBuilder().addTags(ExportNames.SERVE_TAG))
                .setGraphDef(graph.toGraphDef())
                .setSaverDef(model.saverDef())
                .putSignatureDef(servingKey, SignatureDef.newBuilder()
                        .setMethodName(PREDICT_METHOD)
                        .putInputs(ExportNames.SERVING_INPUT, tensorInfo(model.input()))
                        .putOutputs(ExportNames.SERVING_OUTPUT, tensorInfo(model.output()))
                        .build())
                .putSignatureDef(ExportNames.TRAIN_SIGNATURE, SignatureDef.newBuilder()
                        .setMethodName(PREDICT_METHOD)
                        .putInputs(ExportNames.TRAIN_INPUT, tensorInfo(model.trainInput()))
                        .putInputs(ExportNames.TRAIN_LABELS, tensorInfo(model.trainLabels()))
                        .putOutputs(ExportNames.TRAIN_LOSS, tensorInfo(model.trainLoss()))
                        .build())
                .build();
        SavedModel savedModel = SavedModel.newBuilder().setSavedModelSchemaVersion(1).addMetaGraphs(metaGraph).build();
        Files.write(directory.resolve("saved_model.pb"), savedModel.toByteArray());
    }

    private static TensorInfo tensorInfo(Operand<?> operand) {
        Shape shape = operand.shape();
        TensorShapeProto.Builder shapeProto = TensorShapeProto.newBuilder();
        for (int i = 0; i < shape.numDimensions(); i++) {
            shapeProto.addDim(TensorShapeProto.Dim.newBuilder().setSize(shape.get(i)));
        }
        return TensorInfo.newBuilder()
                .setName(operand.asOutput().name())
                .setDtype(operand.asOutput().dataType())
                .setTensorShape(shapeProto)
                .build();
    }
}
