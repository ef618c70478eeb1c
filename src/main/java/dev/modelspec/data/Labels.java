package dev.modelspec.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * How a provider turns stored label values into class indexes: either whole numbers {@code 0, 1, ...}
 * or, when class names are declared, the names themselves (label {@code i} is {@code names[i]}).
 *
 * @param names the declared class names, if any; then there are as many classes as names
 * @param classCount the declared number of classes, if any; otherwise the largest label plus one
 */
record Labels(Optional<List<String>> names, OptionalInt classCount) {

    /** Labels as whole numbers, as many classes as the largest label plus one. */
    static final Labels NUMBERED = new Labels(Optional.empty(), OptionalInt.empty());

    Labels {
        names = names.map(list -> ClassNames.checked(list, "the declared classes"));
        if (classCount.isPresent() && classCount.getAsInt() <= 0) {
            throw new IllegalArgumentException("classCount must be positive, but was " + classCount.getAsInt());
        }
    }

    Labels withNames(String... declared) {
        return new Labels(Optional.of(List.of(declared)), classCount);
    }

    Labels withClassCount(int count) {
        return new Labels(names, OptionalInt.of(count));
    }

    /**
     * The class index of a stored value: its position among the names if names are declared, else the
     * whole number it spells.
     *
     * @param where the file and record, for the message
     */
    int parse(String value, Supplier<String> where) {
        if (names.isPresent()) {
            int index = names.get().indexOf(value);
            if (index < 0) {
                throw new DataFormatException("%s: label \"%s\" is not one of the declared classes %s; add it to classes(...)"
                        .formatted(where.get(), value, names.get()));
            }
            return index;
        }
        try {
            return check(Long.parseLong(value.strip()), where);
        } catch (NumberFormatException e) {
            throw new DataFormatException(("%s: label \"%s\" is not a whole number; labels are class indexes 0, 1, ... "
                    + "unless you declare the class names in label order with classes(\"a\", \"b\", ...)")
                    .formatted(where.get(), value));
        }
    }

    /** A whole-number label, checked against the number of classes if known. */
    int check(long value, Supplier<String> where) {
        OptionalInt count = names.map(list -> OptionalInt.of(list.size())).orElse(classCount);
        if (value < 0 || value >= count.orElse(Integer.MAX_VALUE)) {
            throw new DataFormatException("%s: label %d is outside [0, %s); labels are class indexes starting at 0"
                    .formatted(where.get(), value, count.isPresent() ? Integer.toString(count.getAsInt()) : "2^31"));
        }
        return (int) value;
    }

    /** The number of classes for these labels: declared, or the largest label plus one. */
    int classCount(int[] labels) {
        if (names.isPresent()) {
            return names.get().size();
        }
        return classCount.orElseGet(() -> IntStream.of(labels).max().orElse(0) + 1);
    }
}
