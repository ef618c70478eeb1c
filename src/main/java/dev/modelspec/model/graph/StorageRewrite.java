package dev.modelspec.model.graph;

import dev.modelspec.model.FloatTensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.proto.DataType;

/**
 * The storage pass: re-encodes chosen float32 weights as {@link WeightStorage} says and inserts the
 * dequantization after each one's read, rewiring every use of the read to the dequantized value. A
 * weight whose values the encoding cannot reproduce exactly stays float32, with a note saying why.
 */
final class StorageRewrite {

    /** The rewritten graph, every weight's stored value, and what was left as it was. */
    record Result(FlatGraph graph, Map<String, StoredTensor> values, Map<String, WeightStorage> stored, List<String> notes) {}

    private final GraphEdit edit;
    private final Map<String, StoredTensor> stored = new LinkedHashMap<>();
    private final Map<String, WeightStorage> storage = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private StorageRewrite(FlatGraph flat) {
        this.edit = new GraphEdit(flat);
    }

    /** Stores every weight of {@code flat} named in {@code choices} (by flat name) as chosen, the rest as float32. */
    static Result apply(FlatGraph flat, Map<String, FloatTensor> values, Map<String, WeightStorage> choices) {
        StorageRewrite rewrite = new StorageRewrite(flat);
        for (FlatVariable variable : flat.variables()) {
            FloatTensor value = values.get(variable.name());
            if (value == null) {
                throw new IllegalArgumentException("No value for weight " + variable + "; the export needs every weight's value");
            }
            WeightStorage choice = choices.getOrDefault(variable.name(), WeightStorage.FLOAT32);
            WeightStorage done = variable.isFloat() ? rewrite.store(variable, value, choice) : WeightStorage.FLOAT32;
            if (done == WeightStorage.FLOAT32) {
                rewrite.stored.put(variable.name(), StoredTensor.of(value));
            }
            rewrite.storage.put(variable.name(), done);
        }
        return new Result(rewrite.edit.build(), rewrite.stored, rewrite.storage, rewrite.notes);
    }

    private WeightStorage store(FlatVariable variable, FloatTensor value, WeightStorage choice) {
        switch (choice) {
            case INT8 -> {
                Optional<Int8Codes> codes = Int8Codes.of(value);
                codes.ifPresent(c -> int8(variable, value, c));
                return kept(codes, variable, choice, "its values are not on one int8 grid per tensor or per output channel");
            }
            case FLOAT16 -> {
                Optional<short[]> bits = HalfBits.of(value.values());
                bits.ifPresent(b -> float16(variable, value, b));
                return kept(bits, variable, choice, "a value has no exact float16 form");
            }
            case CLUSTERED -> {
                Optional<ClusterCodes> codes = ClusterCodes.of(value.values())
                        .filter(c -> c.storedBytes() < 4L * value.size());
                codes.ifPresent(c -> clustered(variable, value, c));
                return kept(codes, variable, choice, "it has more than 256 distinct values, or indices and codebook are not smaller");
            }
            default -> {
                return WeightStorage.FLOAT32;
            }
        }
    }

    private WeightStorage kept(Optional<?> encoding, FlatVariable variable, WeightStorage choice, String reason) {
        if (encoding.isPresent()) {
            return choice;
        }
        notes.add(variable.sourceVariable() + " stays float32, not " + choice + ": " + reason);
        return WeightStorage.FLOAT32;
    }

    private void int8(FlatVariable variable, FloatTensor value, Int8Codes codes) {
        edit.retype(variable.name(), DataType.DT_INT8, value.shape());
        stored.put(variable.name(), new StoredTensor(DataType.DT_INT8, value.shape(), codes.codes()));
        long[] parameterShape = codes.scales().length == 1 ? new long[0] : new long[] {codes.scales().length};
        String base = variable.name() + "/dequantize/";
        String x = cast(base, variable, DataType.DT_INT8);
        if (!codes.symmetric()) {
            String zeroPoint = edit.floatConstant(base + "zero_point", parameterShape, codes.zeroPoints());
            x = edit.add(base + "sub", "Sub", List.of(x, zeroPoint), "T", GraphEdit.type(DataType.DT_FLOAT));
        }
        String scale = edit.floatConstant(base + "scale", parameterShape, codes.scales());
        String result = edit.add(base + "mul", "Mul", List.of(x, scale), "T", GraphEdit.type(DataType.DT_FLOAT));
        edit.rewire(variable.readTensor(), result, base + "cast");
    }

    private void float16(FlatVariable variable, FloatTensor value, short[] bits) {
        edit.retype(variable.name(), DataType.DT_HALF, value.shape());
        ByteBuffer bytes = ByteBuffer.allocate(bits.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(bits);
        stored.put(variable.name(), new StoredTensor(DataType.DT_HALF, value.shape(), bytes.array()));
        String base = variable.name() + "/dequantize/";
        edit.rewire(variable.readTensor(), cast(base, variable, DataType.DT_HALF), base + "cast");
    }

    private void clustered(FlatVariable variable, FloatTensor value, ClusterCodes codes) {
        edit.retype(variable.name(), DataType.DT_UINT8, value.shape());
        stored.put(variable.name(), new StoredTensor(DataType.DT_UINT8, value.shape(), codes.indices()));
        String base = variable.name() + "/dequantize/";
        String indices = cast(base, variable, DataType.DT_UINT8, DataType.DT_INT32);
        String codebook = edit.floatConstant(base + "codebook", new long[] {codes.codebook().length}, codes.codebook());
        String axis = edit.intConstant(base + "axis", new long[0], new int[] {0});
        String gathered = edit.add(base + "gather", "GatherV2", List.of(codebook, indices, axis),
                "Tparams", GraphEdit.type(DataType.DT_FLOAT), "Tindices", GraphEdit.type(DataType.DT_INT32),
                "Taxis", GraphEdit.type(DataType.DT_INT32), "batch_dims", org.tensorflow.proto.AttrValue.newBuilder().setI(0).build());
        edit.rewire(variable.readTensor(), gathered, base + "cast");
    }

    private String cast(String base, FlatVariable variable, DataType from) {
        return cast(base, variable, from, DataType.DT_FLOAT);
    }

    private String cast(String base, FlatVariable variable, DataType from, DataType to) {
        String name = edit.add(base + "cast", "Cast", List.of(variable.readTensor()), "SrcT", GraphEdit.type(from),
                "DstT", GraphEdit.type(to), "Truncate", GraphEdit.bool(false));
        if (!name.equals(base + "cast")) {
            throw new GraphRewriteException("The flat graph already has a node " + base + "cast; weight " + variable.name()
                    + " cannot be re-encoded twice");
        }
        return name;
    }
}
