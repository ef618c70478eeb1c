package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.model.FloatTensor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NameAttrList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.types.TInt32;

/** The inliner on hand-built graphs: nested calls and resource arguments, and the ops it refuses. */
class ServingInlinerTest {

    @Test
    void inlinesNestedCallsAndTurnsAResourceGatherIntoAGatherOfTheWeightsRead() {
        FlatGraph flat = FlatGraph.inline(HandBuiltMetaGraphs.nestedGather(), "serving_default");

        assertThat(flat.variables()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("embedding/table");
            assertThat(v.sourceHandle()).isEqualTo("emb");
            assertThat(v.sourceVariable()).isEqualTo("embedding/table");
            assertThat(v.shape()).containsExactly(5, 2);
        });
        assertThat(flat.graphDef().getNodeList()).extracting(NodeDef::getName)
                .contains("StatefulPartitionedCall/call_inner/gather").doesNotContain("StatefulPartitionedCall/noop");
        assertThat(flat.outputs().get("output").getName()).isEqualTo("StatefulPartitionedCall/out:0");
        try (FlatGraphSession session = FlatGraphSession.open(flat); TInt32 ids = TInt32.vectorOf(4, 0)) {
            session.load(Map.of("embedding/table", new FloatTensor(new long[] {5, 2}, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})));
            FloatTensor rows = session.run(Map.of("ids", ids), "output");
            assertThat(rows.shape()).containsExactly(2, 2);
            assertThat(rows.values()).containsExactly(8, 9, 0, 1);
        }
    }

    @Test
    void refusesControlFlowNamingTheOp() {
        MetaGraphDef metaGraph = HandBuiltMetaGraphs.withOutputNode(NodeDef.newBuilder().setOp("StatelessIf").addInput("x")
                .putAttr("then_branch", AttrValue.newBuilder().setFunc(NameAttrList.newBuilder().setName("then")).build()));

        assertThatThrownBy(() -> FlatGraph.inline(metaGraph, "serving_default")).isInstanceOf(GraphRewriteException.class)
                .hasMessageContaining("StatelessIf").hasMessageContaining("node bad").hasMessageContaining("control flow");
    }

    @Test
    void refusesResourceOpsOtherThanReadsAndGathers() {
        MetaGraphDef metaGraph = HandBuiltMetaGraphs.withOutputNode(NodeDef.newBuilder().setOp("VarIsInitializedOp").addInput("w"));

        assertThatThrownBy(() -> FlatGraph.inline(metaGraph, "serving_default")).isInstanceOf(GraphRewriteException.class)
                .hasMessageContaining("VarIsInitializedOp").hasMessageContaining("ReadVariableOp, ResourceGather and Identity");
    }

    @Test
    void namesTheSignaturesThereAreWhenTheKeyIsWrong() {
        assertThatThrownBy(() -> FlatGraph.inline(HandBuiltMetaGraphs.nestedGather(), "predict"))
                .isInstanceOf(GraphRewriteException.class).hasMessageContaining("'predict'").hasMessageContaining("serving_default");
    }

    @Test
    void refusesAFunctionMissingFromTheLibrary() {
        MetaGraphDef metaGraph = HandBuiltMetaGraphs.withOutputNode(NodeDef.newBuilder().setOp("PartitionedCall").addInput("x")
                .putAttr("f", AttrValue.newBuilder().setFunc(NameAttrList.newBuilder().setName("missing_fn")).build())
                .putAttr("Tout", AttrValue.newBuilder().setList(AttrValue.ListValue.newBuilder().addType(DataType.DT_FLOAT)).build()));

        assertThatThrownBy(() -> FlatGraph.inline(metaGraph, "serving_default")).isInstanceOf(GraphRewriteException.class)
                .hasMessageContaining("missing_fn");
    }
}
