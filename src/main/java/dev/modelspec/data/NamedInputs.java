package dev.modelspec.data;

import java.util.List;

/** Another data set whose examples are laid out as the values of several named inputs, one after another. */
final class NamedInputs extends ForwardingLabeledData {

    private final List<NamedInput> inputs;

    NamedInputs(LabeledData data, List<NamedInput> inputs) {
        super(data);
        this.inputs = List.copyOf(inputs);
        int total = this.inputs.stream().mapToInt(NamedInput::length).sum();
        if (this.inputs.isEmpty() || total != data.exampleLength()) {
            throw new IllegalArgumentException("The inputs " + this.inputs + " take " + total + " values per example, but "
                    + data.name() + " has " + data.exampleLength() + ": name inputs whose lengths add up to the example's");
        }
        if (this.inputs.stream().map(NamedInput::name).distinct().count() != this.inputs.size()) {
            throw new IllegalArgumentException("The inputs " + this.inputs + " of " + data.name()
                    + " name one input twice: give each signature input once");
        }
    }

    @Override
    public List<NamedInput> namedInputs() {
        return inputs;
    }
}
