package dev.modelspec.data;

import java.util.Objects;

/**
 * One signature input that part of every example fills: the input's key in the model's signature
 * and how many of the example's values it takes. See {@link LabeledData#withInputs}.
 *
 * @param name the signature's input key, e.g. {@code input_ids}
 * @param length the number of values it takes per example, e.g. {@code 128}
 */
public record NamedInput(String name, int length) {

    /**
     * Validates the input.
     *
     * @throws IllegalArgumentException if the name is blank or the length is not positive
     */
    public NamedInput {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || length <= 0) {
            throw new IllegalArgumentException("A named input needs a signature input key and a positive number of "
                    + "values, but was \"" + name + "\" with " + length);
        }
    }
}
