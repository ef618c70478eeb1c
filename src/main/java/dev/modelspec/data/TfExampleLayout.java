package dev.modelspec.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tensorflow.proto.Example;
import org.tensorflow.proto.Feature;

/**
 * Where each chosen feature's values go in an example's input, fixed by the first record: every later
 * record must hold the same features with as many values.
 */
final class TfExampleLayout {

    private final List<String> features;
    private final String label;
    private final int[] lengths;
    private final int[] shape;

    private TfExampleLayout(List<String> features, String label, int[] lengths, int[] shape) {
        this.features = features;
        this.label = label;
        this.lengths = lengths;
        this.shape = shape;
    }

    static TfExampleLayout of(Example first, List<String> features, String label, int[] declaredShape, Supplier<String> where) {
        Map<String, Feature> map = first.getFeatures().getFeatureMap();
        int[] lengths = new int[features.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = values(feature(map, features.get(i), where), features.get(i), where);
        }
        int total = Arrays.stream(lengths).sum();
        int[] shape = declaredShape == null ? new int[] {total} : declaredShape;
        if (Arrays.stream(shape).reduce(1, Math::multiplyExact) != total) {
            throw new DataFormatException("%s: features %s hold %d values, which do not fill shape %s: fix shape(...)"
                    .formatted(where.get(), features, total, Arrays.toString(shape)));
        }
        return new TfExampleLayout(features, label, lengths, shape.clone());
    }

    int[] shape() {
        return shape;
    }

    /** Each feature as the signature input of its name, its values in the order chosen. */
    NamedInput[] inputs() {
        NamedInput[] inputs = new NamedInput[features.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new NamedInput(features.get(i), lengths[i]);
        }
        return inputs;
    }

    /** Copies the example's chosen values into {@code target} from {@code offset} on. */
    void copy(Example example, float[] target, int offset, Supplier<String> where) {
        Map<String, Feature> map = example.getFeatures().getFeatureMap();
        int at = offset;
        for (int i = 0; i < lengths.length; i++) {
            String name = features.get(i);
            Feature feature = feature(map, name, where);
            int count = values(feature, name, where);
            if (count != lengths[i]) {
                throw new DataFormatException("%s: feature \"%s\" holds %d values but the first record's holds %d: "
                        .formatted(where.get(), name, count, lengths[i]) + "every example must have the same shape");
            }
            if (feature.hasFloatList()) {
                for (int j = 0; j < count; j++) {
                    target[at + j] = feature.getFloatList().getValue(j);
                }
            } else {
                for (int j = 0; j < count; j++) {
                    target[at + j] = feature.getInt64List().getValue(j);
                }
            }
            at += count;
        }
    }

    /** The example's class index. */
    int label(Example example, Labels labels, Supplier<String> where) {
        Feature feature = feature(example.getFeatures().getFeatureMap(), label, where);
        Supplier<String> at = () -> where.get() + " feature \"" + label + "\"";
        if (feature.hasInt64List() && feature.getInt64List().getValueCount() == 1) {
            return labels.check(feature.getInt64List().getValue(0), at);
        }
        if (feature.hasBytesList() && feature.getBytesList().getValueCount() == 1) {
            return labels.parse(feature.getBytesList().getValue(0).toStringUtf8(), at);
        }
        throw new DataFormatException(("%s holds %s; a label must be one int64 (a class index) or one bytes value "
                + "(a class name)").formatted(at.get(), describe(feature)));
    }

    /** The example's regression target: one finite float or int64 value. */
    float target(Example example, Supplier<String> where) {
        Feature feature = feature(example.getFeatures().getFeatureMap(), label, where);
        Supplier<String> at = () -> where.get() + " feature \"" + label + "\"";
        float value;
        if (feature.hasFloatList() && feature.getFloatList().getValueCount() == 1) {
            value = feature.getFloatList().getValue(0);
        } else if (feature.hasInt64List() && feature.getInt64List().getValueCount() == 1) {
            value = feature.getInt64List().getValue(0);
        } else {
            throw new DataFormatException("%s holds %s; a target must be one float or int64 value (the number to predict)"
                    .formatted(at.get(), describe(feature)));
        }
        if (!Float.isFinite(value)) {
            throw new DataFormatException(at.get() + " is " + value + ", not a finite number: fill in or drop missing values first");
        }
        return value;
    }

    private static Feature feature(Map<String, Feature> map, String name, Supplier<String> where) {
        Feature feature = map.get(name);
        if (feature == null) {
            throw new DataFormatException("%s has no feature \"%s\"; its features are %s: check the names"
                    .formatted(where.get(), name, new java.util.TreeSet<>(map.keySet())));
        }
        return feature;
    }

    private static int values(Feature feature, String name, Supplier<String> where) {
        if (feature.hasFloatList()) {
            return feature.getFloatList().getValueCount();
        }
        if (feature.hasInt64List()) {
            return feature.getInt64List().getValueCount();
        }
        throw new DataFormatException(("%s: feature \"%s\" holds %s; inputs must be float_list or int64_list values "
                + "(decode encoded images before writing them, or read an image folder with ImageFolderData)")
                .formatted(where.get(), name, describe(feature)));
    }

    private static String describe(Feature feature) {
        return switch (feature.getKindCase()) {
            case BYTES_LIST -> feature.getBytesList().getValueCount() + " bytes value(s)";
            case FLOAT_LIST -> feature.getFloatList().getValueCount() + " float value(s)";
            case INT64_LIST -> feature.getInt64List().getValueCount() + " int64 value(s)";
            case KIND_NOT_SET -> "no values";
        };
    }
}
