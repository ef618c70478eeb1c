package dev.modelspec.model.graph;

import java.util.List;
import java.util.Objects;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;

/**
 * How a {@link TrainingGraph} updates its weights. The state (Adam's moments, the momentum
 * accumulator) lives in variables of the training graph, created at zero; it never reaches the
 * model. Both follow Keras 3's optimizers with a constant learning rate: Adam with bias
 * correction ({@code ResourceApplyAdam}), SGD with momentum ({@code ResourceApplyMomentum}, which
 * equals Keras' {@code v = m v - lr g; w += v}).
 */
public final class Optimizer {

    private final boolean adam;
    private final float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilonOrMomentum;

    private Optimizer(boolean adam, double learningRate, double beta1, double beta2, double epsilonOrMomentum) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be positive and finite, got " + learningRate);
        }
        this.adam = adam;
        this.learningRate = (float) learningRate;
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilonOrMomentum = (float) epsilonOrMomentum;
    }

    /** Adam with Keras' defaults: beta1 0.9, beta2 0.999, epsilon 1e-7. */
    public static Optimizer adam(double learningRate) {
        return new Optimizer(true, learningRate, 0.9, 0.999, 1e-7);
    }

    /** Stochastic gradient descent with {@code momentum} in {@code [0, 1)} (0: plain SGD). */
    public static Optimizer sgd(double learningRate, double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("The momentum must be in [0, 1), got " + momentum);
        }
        return new Optimizer(false, learningRate, 0, 0, momentum);
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Adam's {@code beta1 ^ step} and {@code beta2 ^ step} for the update after {@code step} (from 1) updates; unused by SGD. */
    float[] powers(long step) {
        return new float[] {(float) Math.pow(beta1, step), (float) Math.pow(beta2, step)};
    }

    /**
     * Adds the update of the weight {@code handle} by {@code gradient}; its state variables' zero
     * initialisations are added to {@code initializers}. {@code powers} are Adam's fed bias-correction powers.
     */
    GraphOperation update(GraphOps ops, FlatVariable weight, Output<?> handle, Output<?> read, Output<?> gradient,
            Output<?>[] powers, List<GraphOperation> initializers) {
        if (adam) {
            GraphOps.Slot m = ops.zerosVariable(weight.name() + "/m", weight, read);
            GraphOps.Slot v = ops.zerosVariable(weight.name() + "/v", weight, read);
            initializers.add(m.initializer());
            initializers.add(v.initializer());
            return ops.op("ResourceApplyAdam", "adam").addInput(handle).addInput(m.handle()).addInput(v.handle())
                    .addInput(powers[0]).addInput(powers[1]).addInput(ops.scalar(learningRate)).addInput(ops.scalar(beta1))
                    .addInput(ops.scalar(beta2)).addInput(ops.scalar(epsilonOrMomentum)).addInput(gradient).build();
        }
        GraphOps.Slot accumulator = ops.zerosVariable(weight.name() + "/momentum", weight, read);
        initializers.add(accumulator.initializer());
        return ops.op("ResourceApplyMomentum", "momentum").addInput(handle).addInput(accumulator.handle())
                .addInput(ops.scalar(learningRate)).addInput(gradient).addInput(ops.scalar(epsilonOrMomentum)).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Optimizer o && adam == o.adam && learningRate == o.learningRate && beta1 == o.beta1
                && beta2 == o.beta2 && epsilonOrMomentum == o.epsilonOrMomentum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(adam, learningRate, beta1, beta2, epsilonOrMomentum);
    }

    /** E.g. {@code adam(0.001)} or {@code sgd(0.01,momentum=0.9)}. */
    @Override
    public String toString() {
        return adam ? "adam(" + learningRate + ")" : "sgd(" + learningRate + ",momentum=" + epsilonOrMomentum + ")";
    }
}
