package dev.modelspec.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.Operation;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Adds Adam's state and one Adam step to a graph.
 *
 * <p>State (see {@link ExportNames}): {@code Adam/iter} and the slots {@code Adam/m/<var>}, {@code
 * Adam/v/<var>}. The step at iteration {@code t = iter + 1} applies {@code ApplyAdam} (bias
 * corrected with {@code beta^t}) to every variable once all gradients are computed, then increments
 * {@code Adam/iter}.
 */
final class AdamOptimizer {

    private final AdamSettings settings;

    AdamOptimizer(AdamSettings settings) {
        this.settings = settings;
    }

    /**
     * Adds the step minimising {@code loss} over the variables whose reads are {@code reads}.
     *
     * @return the op that completes the step
     */
    Op minimize(ScopeTree scopes, VariableStore variables, Operand<TFloat32> loss, Map<String, Operand<TFloat32>> reads) {
        GraphVariable iteration =
                variables.create(ExportNames.ADAM_ITERATION, TInt64.class, Shape.scalar(), InitialValues.zeroCounter());
        Gradients gradients = scopes.at("train").gradients(loss, reads.values());
        List<Operation> gradientOps = gradients.dy().stream().map(Output::op).toList();
        Ops update = scopes.at("Adam/update").withControlDependencyOps(gradientOps);
        Operand<TFloat32> step = update.dtypes.cast(
                update.math.add(GraphVariable.<TInt64>typed(iteration.read(update)), update.constant(1L)), TFloat32.class);
        AdamCoefficients coefficients = new AdamCoefficients(
                update.withName("beta_1_power").math.pow(update.constant(settings.beta1()), step),
                update.withName("beta_2_power").math.pow(update.constant(settings.beta2()), step),
                update.withName("learning_rate").constant(settings.learningRate()),
                update.withName("beta_1").constant(settings.beta1()),
                update.withName("beta_2").constant(settings.beta2()),
                update.withName("epsilon").constant(settings.epsilon()));
        List<Op> applied = new ArrayList<>();
        int index = 0;
        for (String name : reads.keySet()) {
            GraphVariable variable = variables.get(name);
            GraphVariable m = variables.create(ExportNames.adamFirstMoment(name), TFloat32.class, variable.shape(),
                    InitialValues.zeros(variable.shape()));
            GraphVariable v = variables.create(ExportNames.adamSecondMoment(name), TFloat32.class, variable.shape(),
                    InitialValues.zeros(variable.shape()));
            applied.add(variable.applyAdam(update, m, v, coefficients, gradients.dy(index++)));
        }
        return iteration.increment(scopes.at("Adam").withControlDependencies(applied).withName("increment"));
    }
}
