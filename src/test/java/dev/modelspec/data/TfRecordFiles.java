package dev.modelspec.data;

import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tensorflow.proto.BytesList;
import org.tensorflow.proto.Example;
import org.tensorflow.proto.Feature;
import org.tensorflow.proto.Features;
import org.tensorflow.proto.FloatList;
import org.tensorflow.proto.Int64List;

/** Builds tf.train.Examples and writes them in TFRecord framing. */
final class TfRecordFiles {

    private TfRecordFiles() {}

    static Feature floats(float... values) {
        FloatList.Builder list = FloatList.newBuilder();
        for (float v : values) {
            list.addValue(v);
        }
        return Feature.newBuilder().setFloatList(list).build();
    }

    static Feature ints(long... values) {
        Int64List.Builder list = Int64List.newBuilder();
        for (long v : values) {
            list.addValue(v);
        }
        return Feature.newBuilder().setInt64List(list).build();
    }

    static Feature text(String value) {
        return Feature.newBuilder().setBytesList(BytesList.newBuilder().addValue(ByteString.copyFromUtf8(value))).build();
    }

    /** An example of alternating feature names and features. */
    static Example example(Object... namesAndFeatures) {
        Features.Builder features = Features.newBuilder();
        for (int i = 0; i < namesAndFeatures.length; i += 2) {
            features.putFeature((String) namesAndFeatures[i], (Feature) namesAndFeatures[i + 1]);
        }
        return Example.newBuilder().setFeatures(features).build();
    }

    static byte[] framed(Example... examples) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Example example : examples) {
            byte[] data = example.toByteArray();
            byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
            out.write(length);
            out.write(le(TfRecordReader.maskedCrc(length, 8)));
            out.write(data);
            out.write(le(TfRecordReader.maskedCrc(data, data.length)));
        }
        return out.toByteArray();
    }

    static Path write(Path file, Example... examples) throws IOException {
        return Files.write(file, framed(examples));
    }

    private static byte[] le(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}
