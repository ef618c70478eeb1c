package dev.modelspec.model;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/**
 * Which variable node the MetaGraph's own saver writes under each checkpoint key, read from its
 * {@code SaveV2} ops: in the main graph (TF1 savers) or in the function a TF2 saver calls
 * ({@code __inference__traced_save}). TensorFlow's C++ loader (TF Java, TF Serving) restores exactly
 * these variables; the saver's restore op mirrors its save op.
 */
final class SaverKeys {

    private SaverKeys() {}

    /** Checkpoint key to the name of the variable node saved under it, in the saver's order. */
    static Map<String, String> of(MetaGraphDef meta) {
        Map<String, String> keys = new LinkedHashMap<>();
        String saveTensor = meta.getSaverDef().getSaveTensorName();
        if (saveTensor.isEmpty()) {
            return keys;
        }
        GraphDefIndex index = new GraphDefIndex(meta);
        Deque<String> pending = new ArrayDeque<>(List.of(GraphDefIndex.nodeName(saveTensor)));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Optional<NodeDef> found = index.node(pending.pop());
            if (found.isEmpty() || !seen.add(found.get().getName())) {
                continue;
            }
            NodeDef node = found.get();
            if (node.getOp().equals("SaveV2")) {
                readMainGraphSave(index, node, keys);
            } else if (GraphDefIndex.CALL_OPS.contains(node.getOp())) {
                index.function(GraphDefIndex.calledFunction(node)).ifPresent(body -> readFunctionSave(index, node, body, keys));
            }
            node.getInputList().forEach(input -> pending.add(GraphDefIndex.nodeName(input)));
        }
        return keys;
    }

    private static void readMainGraphSave(GraphDefIndex index, NodeDef save, Map<String, String> keys) {
        List<String> inputs = GraphDefIndex.dataInputs(save);
        List<String> names = index.node(inputs.get(1)).map(SaverKeys::strings).orElse(List.of());
        for (int i = 0; i < names.size() && i + 3 < inputs.size(); i++) {
            String key = names.get(i);
            index.variableOf(inputs.get(i + 3)).ifPresent(variable -> keys.put(key, variable.getName()));
        }
    }

    private static void readFunctionSave(GraphDefIndex index, NodeDef call, FunctionDef body, Map<String, String> keys) {
        Map<String, NodeDef> bodyNodes = new HashMap<>();
        body.getNodeDefList().forEach(n -> bodyNodes.put(n.getName(), n));
        for (NodeDef save : body.getNodeDefList()) {
            if (!save.getOp().equals("SaveV2")) {
                continue;
            }
            List<String> inputs = GraphDefIndex.dataInputs(save);
            NodeDef namesNode = bodyNodes.get(GraphDefIndex.nodeName(inputs.get(1)));
            List<String> names = namesNode == null ? List.of() : strings(namesNode);
            for (int i = 0; i < names.size() && i + 3 < inputs.size(); i++) {
                String key = names.get(i);
                index.variableOf(body, call, inputs.get(i + 3)).ifPresent(variable -> keys.put(key, variable.getName()));
            }
        }
    }

    /**
     * The strings of a string constant: in {@code string_val} (Python's graphs) or encoded in {@code
     * tensor_content} (TF Java's): the varint lengths of all strings, then their bytes.
     */
    static List<String> strings(NodeDef constant) {
        if (!constant.getOp().equals("Const")) {
            return List.of();
        }
        TensorProto tensor = constant.getAttrOrThrow("value").getTensor();
        if (tensor.getStringValCount() > 0 || tensor.getTensorContent().isEmpty()) {
            return tensor.getStringValList().stream().map(ByteString::toStringUtf8).toList();
        }
        long count = 1;
        for (var dim : tensor.getTensorShape().getDimList()) {
            count *= dim.getSize();
        }
        ByteBuffer content = tensor.getTensorContent().asReadOnlyByteBuffer();
        int[] lengths = new int[Math.toIntExact(count)];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = readVarint(content);
        }
        List<String> strings = new ArrayList<>();
        for (int length : lengths) {
            byte[] bytes = new byte[length];
            content.get(bytes);
            strings.add(new String(bytes, StandardCharsets.UTF_8));
        }
        return strings;
    }

    private static int readVarint(ByteBuffer buffer) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = buffer.get();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Malformed string tensor in the saver's key constant");
    }
}
