package dev.modelspec.model.graph;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/**
 * The values of an int32 or int64 {@code Const} node (shapes and windows, as Keras and TF Java write
 * them), packed ({@code tensor_content}) or listed ({@code int_val} / {@code int64_val}), and a copy
 * with others of the same type.
 */
final class IntConstants {

    private IntConstants() {}

    static int[] values(NodeDef constant) {
        TensorProto tensor = constant.getAttrOrThrow("value").getTensor();
        boolean wide = tensor.getDtype() == DataType.DT_INT64;
        if (!tensor.getTensorContent().isEmpty()) {
            ByteBuffer bytes = tensor.getTensorContent().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            int[] values = new int[bytes.remaining() / (wide ? 8 : 4)];
            for (int i = 0; i < values.length; i++) {
                values[i] = wide ? Math.toIntExact(bytes.getLong()) : bytes.getInt();
            }
            return values;
        }
        return wide ? tensor.getInt64ValList().stream().mapToInt(Math::toIntExact).toArray()
                : tensor.getIntValList().stream().mapToInt(Integer::intValue).toArray();
    }

    static TensorProto withValues(NodeDef constant, int[] values) {
        TensorProto.Builder tensor = constant.getAttrOrThrow("value").getTensor().toBuilder()
                .clearIntVal().clearInt64Val().setTensorContent(ByteString.EMPTY);
        boolean wide = tensor.getDtype() == DataType.DT_INT64;
        for (int value : values) {
            if (wide) {
                tensor.addInt64Val(value);
            } else {
                tensor.addIntVal(value);
            }
        }
        return tensor.build();
    }
}
