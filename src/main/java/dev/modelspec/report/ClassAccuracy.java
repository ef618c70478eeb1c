package dev.modelspec.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import java.util.List;

/**
 * Baseline and candidate accuracy of one class; accuracies are null for a class without examples.
 *
 * @param cls the class index, {@code class} in JSON
 * @param name the class's name from the data (a labels file, folder names, declared classes); null
 *     when the data names no classes
 * @param support the number of examples of the class
 * @param baseline the baseline's accuracy on them
 * @param candidate the candidate's accuracy on them
 * @param drop {@code baseline - candidate}: positive when the candidate got worse
 */
public record ClassAccuracy(@JsonProperty("class") int cls, String name, long support, Double baseline,
        Double candidate, Double drop) {

    /** The report of {@code accuracy}, its class named from {@code classNames} (by label; empty when unnamed). */
    public static ClassAccuracy of(ClassAccuracyDrop accuracy, List<String> classNames) {
        String name = accuracy.cls() < classNames.size() ? classNames.get(accuracy.cls()) : null;
        return new ClassAccuracy(accuracy.cls(), name, accuracy.support(), Numbers.finite(accuracy.baselineAccuracy()),
                Numbers.finite(accuracy.candidateAccuracy()), Numbers.finite(accuracy.drop()));
    }

    /** The class as tables show it: {@code 6 (Shirt)}, or {@code 6} when it has no name. */
    public String label() {
        return name == null ? Integer.toString(cls) : cls + " (" + name + ")";
    }
}
