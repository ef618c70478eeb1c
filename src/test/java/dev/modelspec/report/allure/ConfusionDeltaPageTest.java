package dev.modelspec.report.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionDeltaPageTest {

    private static final int[] LABELS = {0, 1, 1};
    private static final ConfusionMatrix BASELINE = ConfusionMatrix.of(LABELS, Predictions.of(new float[] {
        0.9f, 0.1f, 0.2f, 0.8f, 0.3f, 0.7f}, 2));
    private static final ConfusionMatrix CANDIDATE = ConfusionMatrix.of(LABELS, Predictions.of(new float[] {
        0.9f, 0.1f, 0.2f, 0.8f, 0.7f, 0.3f}, 2));

    @Test
    void namesRowsAndColumnsByTheDatasClassNamesEscaped() {
        String page = new String(ConfusionDeltaPage.of(BASELINE, CANDIDATE, List.of("cat", "<dog>")),
                StandardCharsets.UTF_8);

        assertThat(page).contains("<th>0 (cat)</th><th>1 (&lt;dog&gt;)</th>", "<td>1 (&lt;dog&gt;)</td>",
                "\">+1</td>", "\">-1</td>");
    }

    @Test
    void numbersThemWhenTheDataNamesNoClasses() {
        String page = new String(ConfusionDeltaPage.of(BASELINE, CANDIDATE, List.of()), StandardCharsets.UTF_8);

        assertThat(page).contains("<th>0</th><th>1</th>", "<tr><td>1</td>");
    }
}
