package dev.modelspec.data;

import java.util.List;
import java.util.Optional;

/** Another data set with a name for each of its classes. */
final class NamedClasses extends ForwardingLabeledData {

    private final List<String> names;

    NamedClasses(LabeledData data, List<String> names) {
        super(data);
        this.names = ClassNames.checked(names, data.name());
        if (this.names.size() != data.classCount()) {
            throw new IllegalArgumentException("%s has %d classes but %d class names were given %s: give one name per class"
                    .formatted(data.name(), data.classCount(), names.size(), names));
        }
    }

    @Override
    public Optional<List<String>> classNames() {
        return Optional.of(names);
    }
}
