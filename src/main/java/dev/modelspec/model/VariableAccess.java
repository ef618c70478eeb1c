package dev.modelspec.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;

/**
 * Reads, writes and zeroes variables of a loaded graph. Writes and zeroing reach every node of a
 * variable (see {@link GraphVariable}).
 *
 * <p>The read, assign and zero operations are added to the graph once per variable and reused:
 * every operation added to a loaded graph stays in it. They never reach an exported {@code
 * saved_model.pb}, which is copied from the original model.
 */
final class VariableAccess {

    private static final String SCOPE = "modelspec_access/";

    private final Graph graph;
    private final Session session;
    private final Map<String, GraphOperation> reads = new HashMap<>();
    private final Map<String, Assignment> assignments = new HashMap<>();
    private final Map<String, List<GraphOperation>> zeroings = new HashMap<>();
    private int counter;

    private record Assignment(GraphOperation placeholder, List<GraphOperation> assigns) {}

    VariableAccess(Graph graph, Session session) {
        this.graph = graph;
        this.session = session;
    }

    FloatTensor read(GraphVariable variable) {
        requireFloat(variable);
        GraphOperation read = reads.computeIfAbsent(variable.description().name(), n -> readOp(variable.operation()));
        try (Result result = session.runner().fetch(read.output(0)).run()) {
            Tensor tensor = result.get(0);
            float[] values = new float[Math.toIntExact(tensor.shape().size())];
            tensor.asRawTensor().data().asFloats().read(values);
            return new FloatTensor(tensor.shape().asArray(), values);
        }
    }

    void write(GraphVariable variable, FloatTensor values) {
        requireFloat(variable);
        long[] expected = variable.description().shape();
        if (!java.util.Arrays.equals(expected, values.shape())) {
            throw new IllegalArgumentException("Cannot write a tensor of shape " + java.util.Arrays.toString(values.shape())
                    + " into variable " + variable.description());
        }
        Assignment assignment = assignments.computeIfAbsent(variable.description().name(), n -> assignOps(variable));
        try (TFloat32 tensor = TFloat32.tensorOf(Shape.of(expected), DataBuffers.of(values.values(), true, false))) {
            Session.Runner runner = session.runner().feed(assignment.placeholder().output(0), tensor);
            assignment.assigns().forEach(runner::addTarget);
            runner.run();
        }
    }

    void zero(GraphVariable variable) {
        List<GraphOperation> zeroing = zeroings.computeIfAbsent(variable.description().name(), n -> zeroOps(variable));
        Session.Runner runner = session.runner();
        zeroing.forEach(runner::addTarget);
        runner.run();
    }

    /**
     * Gives each key node the value its mapped node holds: the C++ loader restores only the nodes the
     * saver names, and some exports serve from others (see {@link VariableCatalog}).
     */
    void copyValues(Map<GraphOperation, GraphOperation> targetsToSources) {
        if (targetsToSources.isEmpty()) {
            return;
        }
        Session.Runner runner = session.runner();
        targetsToSources.forEach((target, source) -> runner.addTarget(assignOp(target, readOp(source))));
        runner.run();
    }

    private GraphOperation readOp(GraphOperation handle) {
        if (handle.type().equals(VariableCatalog.RESOURCE_VARIABLE)) {
            return graph.opBuilder("ReadVariableOp", uniqueName("read"), graph.baseScope())
                    .addInput(handle.output(0))
                    .setAttr("dtype", dataType(handle))
                    .build();
        }
        return graph.opBuilder("Identity", uniqueName("read"), graph.baseScope()).addInput(handle.output(0)).build();
    }

    private Assignment assignOps(GraphVariable variable) {
        GraphOperation placeholder = graph.opBuilder("Placeholder", uniqueName("value"), graph.baseScope())
                .setAttr("dtype", dataType(variable.operation()))
                .setAttr("shape", Shape.of(variable.description().shape()))
                .build();
        return new Assignment(placeholder, distinctResources(variable).stream().map(h -> assignOp(h, placeholder)).toList());
    }

    private List<GraphOperation> zeroOps(GraphVariable variable) {
        GraphOperation current = reads.computeIfAbsent(variable.description().name(), n -> readOp(variable.operation()));
        GraphOperation zeros = graph.opBuilder("ZerosLike", uniqueName("zeros"), graph.baseScope()).addInput(current.output(0)).build();
        return distinctResources(variable).stream().map(h -> assignOp(h, zeros)).toList();
    }

    /** The variable's nodes, one per resource: nodes sharing a shared name hold one value. */
    private static List<GraphOperation> distinctResources(GraphVariable variable) {
        Map<String, GraphOperation> byResource = new LinkedHashMap<>();
        variable.handles().forEach(h -> byResource.putIfAbsent(VariableCatalog.variableName(h), h));
        return List.copyOf(byResource.values());
    }

    private GraphOperation assignOp(GraphOperation handle, GraphOperation value) {
        if (handle.type().equals(VariableCatalog.RESOURCE_VARIABLE)) {
            return graph.opBuilder("AssignVariableOp", uniqueName("assign"), graph.baseScope())
                    .addInput(handle.output(0))
                    .addInput(value.output(0))
                    .setAttr("dtype", dataType(handle))
                    .build();
        }
        return graph.opBuilder("Assign", uniqueName("assign"), graph.baseScope())
                .addInput(handle.output(0))
                .addInput(value.output(0))
                .build();
    }

    private String uniqueName(String kind) {
        String name;
        do {
            name = SCOPE + kind + "_" + counter++;
        } while (graph.operation(name) != null);
        return name;
    }

    private static DataType dataType(GraphOperation handle) {
        return handle.attributes().getAttrType("dtype");
    }

    private static void requireFloat(GraphVariable variable) {
        if (!variable.description().isFloat()) {
            throw new IllegalArgumentException("Variable " + variable.description() + " is not float32; "
                    + "only float32 variables can be read or written as weights");
        }
    }
}
