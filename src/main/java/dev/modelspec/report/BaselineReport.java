package dev.modelspec.report;

import java.util.List;
import java.util.Locale;
import dev.modelspec.api.Baseline;

/**
 * A spec's baseline, or why it failed to load.
 *
 * @param name the baseline as declared in {@code @ModelSpec(baseline = ...)}
 * @param path the SavedModel directory that was loaded; null if it failed
 * @param task what the model predicts ({@code multiclass}, {@code binary}, {@code regression}, {@code
 *     multilabel}); null if it failed
 * @param accuracy top-1 accuracy; null if it failed or for a regression or a multi-label model
 * @param examples the number of examples evaluated; null if it failed
 * @param size its sizes (re-exported as candidates are); null if it failed
 * @param error why it failed; null if it loaded
 * @param binary a binary model's measures; null otherwise
 * @param regression a regression's measures; null otherwise
 * @param multiLabel a multi-label model's measures; null otherwise
 * @param classes the data's class names by label (a labels file, folder names, declared classes);
 *     null when the data names no classes or the baseline failed
 */
public record BaselineReport(String name, String path, String task, Double accuracy, Integer examples, SizeReport size,
        String error, BinaryReport binary, RegressionReport regression, MultiLabelReport multiLabel,
        List<String> classes) {

    /** The report of a loaded baseline. */
    public static BaselineReport of(Baseline baseline) {
        return new BaselineReport(baseline.name(), baseline.savedModel().toString(),
                baseline.task().name().toLowerCase(Locale.ROOT), Numbers.finite(baseline.accuracy()),
                baseline.exampleCount(), SizeReport.of(baseline.size()), null,
                baseline.binaryMetrics().map(BinaryReport::of).orElse(null),
                baseline.regressionMetrics().map(m -> RegressionReport.of(m, baseline.regressionOutputs())).orElse(null),
                baseline.multiLabelMetrics().map(MultiLabelReport::of).orElse(null),
                baseline.classNames().orElse(null));
    }

    /** The report of a baseline that failed with {@code error}. */
    public static BaselineReport failed(String name, String error) {
        return new BaselineReport(name, null, null, null, null, null, error, null, null, null, null);
    }
}
