package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Candidate;
import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.interop.PythonServing;
import dev.modelspec.interop.PythonServing.Consumer;
import dev.modelspec.interop.SameOutputs;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.quantization.Quantization;
import dev.modelspec.workbench.fixtures.FirstTrainingImagesData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;

/**
 * Quantization-aware fine-tuning with activations through the workbench, on the generated Keras 3
 * {@code model.export()} CNN and the one with BatchNormalization (unfused, as Keras 3 writes it): the
 * candidate it certifies is the shipped graph with {@code FakeQuantWithMinMaxArgs} on each layer's
 * output (the convolution's after BatchNormalization and ReLU), and Python's {@code
 * tf.saved_model.load} serves it with the certified accuracy and TF Java's outputs within {@value
 * #PYTHON_TOLERANCE}; the TFLite converter converts it with the activations' quantize/dequantize
 * pairs as 8-bit tensors, its interpreter's outputs within {@value #TFLITE_TOLERANCE} of TF Java's,
 * or {@value #TFLITE_DYNAMIC_RANGE_TOLERANCE} with {@code tf.lite.Optimize.DEFAULT}, which quantizes
 * again what the converter folds into new float constants (BatchNormalization's scale into the
 * kernel). Measured against TF Java: Python 0 and 1.5e-8; TFLite 1.9e-6 and 2.8e-4; TFLite with
 * {@code Optimize.DEFAULT} 1.9e-6 and 2.0e-3 (plain CNN, BatchNormalization CNN).
 */
@Tag("interop")
class QuantizedActivationsInteropTest {

    static final double PYTHON_TOLERANCE = 1e-4;
    static final double TFLITE_TOLERANCE = 1e-3;
    static final double TFLITE_DYNAMIC_RANGE_TOLERANCE = 5e-3;
    private static final int IMAGES = 2000;

    @ParameterizedTest
    @ValueSource(strings = {"keras3_cnn_export", "keras3_bn_dropout"})
    void theCertifiedCandidateQuantizesItsActivationsInEveryLoader(String kind, @TempDir Path cache) throws Exception {
        GeneratedModel generated = GeneratedModels.get(kind);
        Recipe recipe = Recipe.of(FineTuning.epochs(1).withOptimizer(Optimizer.adam(1e-4))
                .quantizationAware(Quantization.int8().stored()).withActivations());
        LabeledData test = FashionMnist.test().first(IMAGES);
        float[] inputs = new float[test.size() * test.exampleLength()];
        test.copyInputs(0, test.size(), inputs, 0);
        Candidate candidate;
        try (TensorFlowWorkbench workbench = new TensorFlowWorkbench(cache, LatencyMeter.create(), new ArrayList<>()::add,
                new WorkCounters())) {
            candidate = workbench.baseline(new BaselineRequest(kind, generated.directory(), Set.of("serve"),
                    generated.signature(), Optional.empty(), FashionMnistTest.class, Optional.of(FirstTrainingImagesData.class),
                    OptionalInt.of(IMAGES), 256)).candidate("qatActivations", recipe);
        }
        Path shipped = candidate.savedModel();
        float[] tfJava = javaOutputs(shipped, generated.signature(), inputs, generated.exampleShape());

        assertThat(quantizedOps(shipped)).as("the ops whose outputs the shipped graph quantizes: each layer's output, "
                + "the convolution's after its activation (and BatchNormalization), the logits before the softmax")
                .containsExactlyInAnyOrder("Relu", "BiasAdd");
        float[] python = PythonServing.run(Consumer.SAVED_MODEL, shipped, generated.signature(), null, inputs, IMAGES,
                generated.exampleShape());
        assertThat(SameOutputs.accuracy(python, test)).as("accuracy in Python, certified at " + candidate.accuracy()).isEqualTo(candidate.accuracy());
        assertThat(SameOutputs.maxDifference(python, tfJava)).as("Python against TF Java").isLessThanOrEqualTo(PYTHON_TOLERANCE);
        for (Consumer tflite : new Consumer[] {Consumer.TFLITE, Consumer.TFLITE_DYNAMIC_RANGE}) {
            PythonServing.Served converted = PythonServing.serve(tflite, shipped, generated.signature(),
                    Map.of("", inputs), IMAGES, generated.exampleShape());
            float[] lite = converted.outputs().values().iterator().next();
            int quantized = converted.tensorTypes().getOrDefault("int8", 0) + converted.tensorTypes().getOrDefault("uint8", 0);
            assertThat(quantized).as(tflite + " int8/uint8 tensors (a stored kernel, two quantized activations) of "
                    + converted.tensorTypes()).isGreaterThanOrEqualTo(3);
            assertThat(SameOutputs.maxDifference(lite, tfJava)).as(tflite + " against TF Java")
                    .isLessThanOrEqualTo(tflite == Consumer.TFLITE ? TFLITE_TOLERANCE : TFLITE_DYNAMIC_RANGE_TOLERANCE);
        }
    }

    /** The op of each tensor a {@code FakeQuantWithMinMaxArgs} of the shipped graph reads. */
    private static List<String> quantizedOps(Path model) {
        try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve")) {
            Map<String, String> ops = bundle.metaGraphDef().getGraphDef().getNodeList().stream()
                    .collect(Collectors.toMap(NodeDef::getName, NodeDef::getOp));
            return bundle.metaGraphDef().getGraphDef().getNodeList().stream().filter(n -> n.getOp().equals("FakeQuantWithMinMaxArgs"))
                    .map(n -> ops.get(n.getInput(0).split(":")[0])).toList();
        }
    }

    private static float[] javaOutputs(Path model, String key, float[] inputs, long[] exampleShape) {
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = IMAGES;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve");
                Tensor x = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(inputs, true, false))) {
            SignatureDef signature = bundle.metaGraphDef().getSignatureDefMap().get(key);
            try (Result result = bundle.session().runner().feed(signature.getInputsMap().values().iterator().next().getName(), x)
                    .fetch(signature.getOutputsMap().values().iterator().next().getName()).run()) {
                float[] values = new float[Math.toIntExact(result.get(0).shape().size())];
                result.get(0).asRawTensor().data().asFloats().read(values);
                return values;
            }
        }
    }
}
