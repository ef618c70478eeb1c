package dev.modelspec.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a SavedModel signature in Python: {@code tf.saved_model.load(dir).signatures[key]}, the TFLite
 * converter and interpreter, or a Keras {@code TFSMLayer}, on float32 inputs written to files.
 */
public final class PythonServing {

    /** Which Python consumer runs the model. */
    public enum Consumer {
        /** {@code tf.saved_model.load(dir).signatures[key]}. */
        SAVED_MODEL("serve"),
        /** {@code tf.lite.TFLiteConverter.from_saved_model} and the TFLite interpreter. */
        TFLITE("tflite"),
        /** The same with {@code tf.lite.Optimize.DEFAULT}: dynamic-range int8 weights, float activations. */
        TFLITE_DYNAMIC_RANGE("tflite"),
        /** {@code keras.layers.TFSMLayer(dir, call_endpoint=key)}. */
        KERAS_TFSM_LAYER("tfsm");

        private final String op;

        Consumer(String op) {
            this.op = op;
        }
    }

    private PythonServing() {}

    /**
     * What a consumer computed: every output by key, flattened, and for TFLite the bytes of the
     * converted flatbuffer ({@code -1} otherwise) and how many of its tensors have each element type
     * ({@code "float32"}, {@code "int8"}, ...; empty otherwise).
     */
    public record Served(Map<String, float[]> outputs, long flatbufferBytes, Map<String, Integer> tensorTypes) {}

    /**
     * Runs signature {@code signature} of {@code model} on {@code count} examples of shape {@code
     * exampleShape} fed to input {@code inputKey} ({@code null}: the signature's only input), and
     * returns its only output, flattened.
     */
    public static float[] run(Consumer consumer, Path model, String signature, String inputKey, float[] inputs,
            int count, long[] exampleShape) {
        Map<String, float[]> outputs = runAll(consumer, model, signature, Map.of(inputKey == null ? "" : inputKey, inputs),
                count, exampleShape);
        if (outputs.size() != 1) {
            throw new IllegalArgumentException(model + " signature " + signature + " has outputs " + outputs.keySet());
        }
        return outputs.values().iterator().next();
    }

    /** Runs the signature with several inputs of one example shape and returns every output by key. */
    public static Map<String, float[]> runAll(Consumer consumer, Path model, String signature,
            Map<String, float[]> inputs, int count, long[] exampleShape) {
        return serve(consumer, model, signature, inputs, count, exampleShape).outputs();
    }

    /** {@link #runAll} (an input key {@code ""} feeds the only input), and the size of the TFLite flatbuffer. */
    public static Served serve(Consumer consumer, Path model, String signature, Map<String, float[]> inputs, int count,
            long[] exampleShape) {
        PythonTensorFlow python = PythonTensorFlow.require();
        try {
            Path exchange = Files.createDirectories(Path.of("target/python-exchange")).toAbsolutePath();
            Path directory = Files.createTempDirectory(exchange, "run");
            ObjectNode request = PythonTensorFlow.request(consumer.op).put("model", model.toAbsolutePath().toString())
                    .put("signature", signature).put("out", directory.resolve("out_").toString())
                    .put("dynamic_range", consumer == Consumer.TFLITE_DYNAMIC_RANGE);
            ObjectNode feeds = request.putObject("inputs");
            for (Map.Entry<String, float[]> input : inputs.entrySet()) {
                Path file = directory.resolve("in_" + input.getKey() + ".f32");
                write(file, input.getValue());
                ObjectNode feed = feeds.putObject(input.getKey()).put("file", file.toString()).put("dtype", "float32");
                feed.putArray("shape").add(count);
                for (long d : exampleShape) {
                    feed.withArray("shape").add(d);
                }
            }
            JsonNode answer = python.ask(request);
            Map<String, float[]> outputs = new LinkedHashMap<>();
            answer.get("outputs").fields().forEachRemaining(e ->
                    outputs.put(e.getKey(), read(Path.of(e.getValue().get("file").asText()))));
            Map<String, Integer> types = new LinkedHashMap<>();
            answer.path("tensor_types").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asInt()));
            return new Served(outputs, answer.path("bytes").asLong(-1), types);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot exchange tensors with Python", e);
        }
    }

    private static void write(Path file, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        Files.write(file, bytes.array());
    }

    private static float[] read(Path file) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[bytes.remaining() / Float.BYTES];
            bytes.asFloatBuffer().get(values);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
