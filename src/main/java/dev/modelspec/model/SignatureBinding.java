package dev.modelspec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tensors of a signature a {@link ModelRunner} reads and feeds: the output to read, by key
 * (needed when the signature has several), and the inputs an example's values fill one after
 * another, by key (needed when it has several). A signature with one input and one output needs
 * neither: {@link #ONLY}.
 *
 * @param output the key of the output to read; empty for the signature's only output
 * @param inputs the keys of the inputs each example fills, in the order of its values; empty for the
 *     signature's only input (names are not needed, and not checked, when it has one)
 */
public record SignatureBinding(Optional<String> output, List<String> inputs) {

    /** The only input and the only output. */
    public static final SignatureBinding ONLY = new SignatureBinding(Optional.empty(), List.of());

    /** The element types ModelSpec feeds: float32, and int32 and int64 for token ids. */
    static final Set<String> FED_TYPES = Set.of("DT_FLOAT", "DT_INT32", "DT_INT64");

    /** Copies the keys. */
    public SignatureBinding {
        Objects.requireNonNull(output, "output");
        inputs = List.copyOf(inputs);
    }

    /** The output this binding reads of {@code signature}, float32. */
    TensorSpec outputOf(SignatureDescription signature, SavedModelReference reference, List<SignatureDescription> all) {
        List<TensorSpec> outputs = signature.outputs();
        TensorSpec chosen;
        if (output.isPresent()) {
            chosen = outputs.stream().filter(o -> o.key().equals(output.get())).findFirst().orElseThrow(() ->
                    problem(signature, reference, "has no output '" + output.get() + "'; its outputs are "
                            + describe(outputs) + ". Choose one of these with @ModelSpec(output = \"...\")"));
        } else if (outputs.size() == 1) {
            chosen = outputs.get(0);
        } else {
            throw problem(signature, reference, "has " + outputs.size() + " outputs " + describe(outputs)
                    + ", and ModelSpec evaluates one: choose it with @ModelSpec(output = \""
                    + (outputs.isEmpty() ? "..." : outputs.get(0).key()) + "\")");
        }
        if (!"DT_FLOAT".equals(chosen.dataType())) {
            throw problem(signature, reference, "gives its output " + chosen + " as " + chosen.dataType()
                    + ", but ModelSpec reads float32 outputs. " + advice(all));
        }
        return chosen;
    }

    /** The inputs this binding feeds of {@code signature}, in example order. */
    List<TensorSpec> inputsOf(SignatureDescription signature, SavedModelReference reference,
            List<SignatureDescription> signatures) {
        List<TensorSpec> all = signature.inputs();
        List<TensorSpec> fed;
        if (all.size() == 1) {
            fed = all;
        } else if (inputs.isEmpty()) {
            throw problem(signature, reference, "has " + all.size() + " inputs " + describe(all) + ", which ModelSpec "
                    + "feeds by name: have the data name them, e.g. LabeledData.withInputs(new NamedInput(\""
                    + (all.isEmpty() ? "x" : all.get(0).key()) + "\", values), ...) (TfRecordData names them after "
                    + "its features)");
        } else {
            fed = new ArrayList<>();
            for (String key : inputs) {
                fed.add(all.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow(() -> problem(signature,
                        reference, "has no input '" + key + "' for the data's values; its inputs are " + describe(all)
                                + ": name the data's inputs after these")));
            }
            List<String> unfed = all.stream().map(TensorSpec::key).filter(key -> !inputs.contains(key)).toList();
            if (!unfed.isEmpty()) {
                throw problem(signature, reference, "needs its inputs " + unfed + " too, but the data names only "
                        + inputs + ": give the data a value for every input");
            }
        }
        for (TensorSpec input : fed) {
            if (!FED_TYPES.contains(input.dataType())) {
                throw problem(signature, reference, "takes its input " + input + " as " + input.dataType()
                        + ", but ModelSpec feeds float32, int32 and int64 tensors. " + advice(signatures));
            }
        }
        return List.copyOf(fed);
    }

    private static String advice(List<SignatureDescription> signatures) {
        List<String> usable = signatures.stream().filter(SignatureBinding::usable).map(SignatureDescription::key).toList();
        return usable.isEmpty()
                ? "None of its signatures " + signatures.stream().map(SignatureDescription::key).toList()
                        + " takes float32 or integer inputs and gives a float32 output: export one that does."
                : "Its signatures that take float32 or integer inputs and give a float32 output: " + usable
                        + ". Choose one with @ModelSpec(signature = \"" + usable.get(0) + "\").";
    }

    private static boolean usable(SignatureDescription signature) {
        return signature.inputs().stream().allMatch(i -> FED_TYPES.contains(i.dataType()))
                && signature.outputs().stream().anyMatch(o -> "DT_FLOAT".equals(o.dataType()));
    }

    private static ModelAccessException problem(SignatureDescription signature, SavedModelReference reference,
            String what) {
        return new ModelAccessException("Signature '" + signature.key() + "' of " + reference.directory() + " " + what);
    }

    private static String describe(List<TensorSpec> specs) {
        return specs.stream().map(s -> s.key() + " " + s.dataType() + java.util.Arrays.toString(s.shape()))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
