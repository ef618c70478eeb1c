package dev.modelspec.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.family.TType;

/**
 * The variables of one graph, in creation order, with the ops that set their initial values.
 *
 * <p>Each variable {@code v} gets a placeholder {@code init/v/value} and an assignment {@code
 * init/v/assign}; {@link #initialize(Session)} feeds the values computed in Java to all of them.
 */
final class VariableStore {

    private final ScopeTree scopes;
    private final VariableKind kind;
    private final Map<String, GraphVariable> variables = new LinkedHashMap<>();
    private final Map<Operand<?>, Supplier<Tensor>> initialValues = new LinkedHashMap<>();
    private final List<Op> assignments = new ArrayList<>();

    VariableStore(ScopeTree scopes, VariableKind kind) {
        this.scopes = scopes;
        this.kind = kind;
    }

    /** Adds a variable named {@code name} (a {@code /}-separated path) with its initial value. */
    GraphVariable create(String name, Class<? extends TType> type, Shape shape, Supplier<Tensor> initialValue) {
        if (variables.containsKey(name)) {
            throw new IllegalStateException("Variable " + name + " already exists");
        }
        int slash = name.lastIndexOf('/');
        Ops scope = slash < 0 ? scopes.root() : scopes.at(name.substring(0, slash));
        GraphVariable variable = kind.create(scope, name.substring(slash + 1), name, type, shape);
        Ops init = scopes.at("init/" + name);
        Placeholder<?> value = init.withName("value").placeholder(type, Placeholder.shape(shape));
        assignments.add(variable.assign(init.withName("assign"), value));
        initialValues.put(value, initialValue);
        variables.put(name, variable);
        return variable;
    }

    /** The variable named {@code name}. */
    GraphVariable get(String name) {
        GraphVariable variable = variables.get(name);
        if (variable == null) {
            throw new IllegalArgumentException("No variable " + name);
        }
        return variable;
    }

    /** All variables in creation order. */
    Collection<GraphVariable> all() {
        return variables.values();
    }

    /** Assigns every variable its initial value. */
    void initialize(Session session) {
        List<Tensor> tensors = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            initialValues.forEach((placeholder, value) -> {
                Tensor tensor = value.get();
                tensors.add(tensor);
                runner.feed(placeholder, tensor);
            });
            assignments.forEach(runner::addTarget);
            try (Result ignored = runner.run()) {
                // Targets only: the result holds no tensors.
            }
        } finally {
            tensors.forEach(Tensor::close);
        }
    }
}
