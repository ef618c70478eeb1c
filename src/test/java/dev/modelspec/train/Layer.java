package dev.modelspec.train;

import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * One layer of a sequential model. A layer is an immutable description that knows its input shape;
 * shapes exclude the batch dimension.
 */
interface Layer {

    /** Its Keras-like name, e.g. {@code dense_1}, which prefixes its variable names. */
    String name();

    /** The shape of one example after this layer. */
    long[] outputShape();

    /** Creates this layer's variables with initial values drawn from {@code random}. */
    default void createVariables(VariableStore variables, Random random) {}

    /** Adds this layer's ops for a batch of inputs. */
    Operand<TFloat32> apply(ForwardPass pass, Operand<TFloat32> input);

    /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
