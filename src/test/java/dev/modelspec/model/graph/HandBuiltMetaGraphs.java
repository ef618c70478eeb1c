package dev.modelspec.model.graph;

import com.google.protobuf.ByteString;
import java.util.List;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.FunctionDefLibrary;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NameAttrList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/** MetaGraphs written proto by proto, for the shapes of graph no generated export has. */
final class HandBuiltMetaGraphs {

    private HandBuiltMetaGraphs() {}

    /**
     * {@code serving_default(ids: int32[-1]) -> StatefulPartitionedCall:0}: the call passes the
     * weight {@code emb} ({@code [5, 2]}) to {@code outer}, which calls {@code inner} with it through a
     * nested call; {@code inner} returns {@code ResourceGather(table, ids)}.
     */
    static MetaGraphDef nestedGather() {
        FunctionDef inner = FunctionDef.newBuilder()
                .setSignature(OpDef.newBuilder().setName("inner").addInputArg(arg("ids", DataType.DT_INT32))
                        .addInputArg(arg("table", DataType.DT_RESOURCE)).addOutputArg(arg("rows", DataType.DT_FLOAT)))
                .addNodeDef(NodeDef.newBuilder().setName("gather").setOp("ResourceGather").addInput("table").addInput("ids")
                        .putAttr("dtype", type(DataType.DT_FLOAT)).putAttr("Tindices", type(DataType.DT_INT32)))
                .putRet("rows", "gather:output:0").build();
        FunctionDef outer = FunctionDef.newBuilder()
                .setSignature(OpDef.newBuilder().setName("outer").addInputArg(arg("ids", DataType.DT_INT32))
                        .addInputArg(arg("table", DataType.DT_RESOURCE)).addOutputArg(arg("result", DataType.DT_FLOAT)))
                .addNodeDef(NodeDef.newBuilder().setName("noop").setOp("NoOp"))
                .addNodeDef(call("call_inner", "inner", List.of("ids", "table", "^noop")))
                .addNodeDef(NodeDef.newBuilder().setName("out").setOp("Identity").addInput("call_inner:output:0")
                        .putAttr("T", type(DataType.DT_FLOAT)))
                .putRet("result", "out:output:0").build();
        GraphDef graph = GraphDef.newBuilder()
                .addNode(placeholder("ids", DataType.DT_INT32))
                .addNode(NodeDef.newBuilder().setName("emb").setOp("VarHandleOp").putAttr("dtype", type(DataType.DT_FLOAT))
                        .putAttr("shape", AttrValue.newBuilder().setShape(shape(5, 2)).build())
                        .putAttr("shared_name", AttrValue.newBuilder().setS(ByteString.copyFromUtf8("embedding/table")).build()))
                .addNode(call("StatefulPartitionedCall", "outer", List.of("ids", "emb")))
                .setLibrary(FunctionDefLibrary.newBuilder().addFunction(inner).addFunction(outer)).build();
        return withSignature(graph, "ids", "ids:0", DataType.DT_INT32, "StatefulPartitionedCall:0");
    }

    /** A main graph whose signature output {@code bad:0} is computed by {@code node}. */
    static MetaGraphDef withOutputNode(NodeDef.Builder node) {
        GraphDef graph = GraphDef.newBuilder().addNode(placeholder("x", DataType.DT_FLOAT))
                .addNode(NodeDef.newBuilder().setName("w").setOp("VarHandleOp").putAttr("dtype", type(DataType.DT_FLOAT))
                        .putAttr("shape", AttrValue.newBuilder().setShape(shape(1)).build()))
                .addNode(node.setName("bad")).build();
        return withSignature(graph, "x", "x:0", DataType.DT_FLOAT, "bad:0");
    }

    /**
     * {@code serving_default(x: float[-1, 2]) -> y: float[-1, 1]}, {@code y = head(MatMul(x, w))}
     * with the weight {@code w} ({@code [2, 1]}); {@code head} is {@code Identity} or any unary op.
     */
    static MetaGraphDef linear(String head) {
        GraphDef graph = GraphDef.newBuilder()
                .addNode(NodeDef.newBuilder().setName("x").setOp("Placeholder").putAttr("dtype", type(DataType.DT_FLOAT))
                        .putAttr("shape", AttrValue.newBuilder().setShape(shape(-1, 2)).build()))
                .addNode(NodeDef.newBuilder().setName("w").setOp("VarHandleOp").putAttr("dtype", type(DataType.DT_FLOAT))
                        .putAttr("shape", AttrValue.newBuilder().setShape(shape(2, 1)).build()))
                .addNode(NodeDef.newBuilder().setName("read").setOp("ReadVariableOp").addInput("w").putAttr("dtype", type(DataType.DT_FLOAT)))
                .addNode(NodeDef.newBuilder().setName("product").setOp("MatMul").addInput("x").addInput("read")
                        .putAttr("T", type(DataType.DT_FLOAT)))
                .addNode(NodeDef.newBuilder().setName("y").setOp(head).addInput("product").putAttr("T", type(DataType.DT_FLOAT)))
                .build();
        SignatureDef signature = SignatureDef.newBuilder()
                .putInputs("x", TensorInfo.newBuilder().setName("x:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape(-1, 2)).build())
                .putOutputs("y", TensorInfo.newBuilder().setName("y:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape(-1, 1)).build())
                .build();
        return MetaGraphDef.newBuilder().setGraphDef(graph).putSignatureDef("serving_default", signature).build();
    }

    static MetaGraphDef withSignature(GraphDef graph, String inputKey, String input, DataType inputType, String output) {
        SignatureDef signature = SignatureDef.newBuilder()
                .putInputs(inputKey, TensorInfo.newBuilder().setName(input).setDtype(inputType).setTensorShape(shape(-1)).build())
                .putOutputs("output", TensorInfo.newBuilder().setName(output).setDtype(DataType.DT_FLOAT).build()).build();
        return MetaGraphDef.newBuilder().setGraphDef(graph).putSignatureDef("serving_default", signature).build();
    }

    static NodeDef placeholder(String name, DataType dtype) {
        return NodeDef.newBuilder().setName(name).setOp("Placeholder").putAttr("dtype", type(dtype))
                .putAttr("shape", AttrValue.newBuilder().setShape(shape(-1)).build()).build();
    }

    private static NodeDef call(String name, String function, List<String> inputs) {
        return NodeDef.newBuilder().setName(name).setOp("StatefulPartitionedCall").addAllInput(inputs)
                .putAttr("f", AttrValue.newBuilder().setFunc(NameAttrList.newBuilder().setName(function)).build())
                .putAttr("Tin", AttrValue.newBuilder().setList(AttrValue.ListValue.newBuilder()
                        .addType(DataType.DT_INT32).addType(DataType.DT_RESOURCE)).build())
                .putAttr("Tout", AttrValue.newBuilder().setList(AttrValue.ListValue.newBuilder().addType(DataType.DT_FLOAT)).build())
                .putAttr("_read_only_resource_inputs", AttrValue.getDefaultInstance())
                .build();
    }

    static AttrValue type(DataType type) {
        return AttrValue.newBuilder().setType(type).build();
    }

    static TensorShapeProto shape(long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
        }
        return shape.build();
    }

    private static OpDef.ArgDef arg(String name, DataType type) {
        return OpDef.ArgDef.newBuilder().setName(name).setType(type).build();
    }
}
