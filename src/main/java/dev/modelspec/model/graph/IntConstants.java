package dev.modelspec.model.graph;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/** The values of an int32 {@code Const} node, packed ({@code tensor_content}) or listed ({@code int_val}), and a copy with others. */
final class IntConstants {

    private IntConstants() {}

    static int[] values(NodeDef constant) {
        TensorProto tensor = constant.getAttrOrThrow("value").getTensor();
        if (!tensor.getTensorContent().isEmpty()) {
            ByteBuffer bytes = tensor.getTensorContent().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            int[] values = new int[bytes.remaining() / 4];
            bytes.asIntBuffer().get(values);
            return values;
        }
        return tensor.getIntValList().stream().mapToInt(Integer::intValue).toArray();
    }

    static TensorProto withValues(NodeDef constant, int[] values) {
        TensorProto.Builder tensor = constant.getAttrOrThrow("value").getTensor().toBuilder()
                .clearIntVal().setTensorContent(ByteString.EMPTY);
        for (int value : values) {
            tensor.addIntVal(value);
        }
        return tensor.build();
    }
}
