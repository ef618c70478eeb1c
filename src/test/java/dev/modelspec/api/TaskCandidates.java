package dev.modelspec.api;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.BinaryMetrics;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.multilabel.MultiLabelMetrics;
import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.regression.RegressionMetrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Test aid: candidates of a binary model, of a regression and of a multi-label model, otherwise answering like a {@link
 * StubCandidate}, and a regression baseline.
 */
public final class TaskCandidates {

    private TaskCandidates() {}

    /**
     * A regression on 100 examples with targets {@code 0..99}: the baseline is off by +0.5 everywhere
     * (MSE 0.25), the candidate by +0.5 and, on every fourth example, by +1.5 instead (MSE 0.75).
     */
    public static Candidate regression(String recipeName) {
        float[] targets = new float[100];
        float[] base = new float[100];
        float[] cand = new float[100];
        for (int i = 0; i < 100; i++) {
            targets[i] = i;
            base[i] = i + 0.5f;
            cand[i] = i + (i % 4 == 0 ? 1.5f : 0.5f);
        }
        RegressionComparison comparison = RegressionComparison.of(targets, Predictions.of(base, 1, OutputKind.LOGITS),
                Predictions.of(cand, 1, OutputKind.LOGITS));
        return withTask(recipeName, TaskKind.REGRESSION, Optional.empty(), Optional.of(comparison), Optional.empty());
    }

    /**
     * A multi-label model on 100 examples of 2 labels (every third decision a 1): the baseline decides
     * all right, the candidate flips every tenth decision (label accuracy 1.0000 → 0.9000).
     */
    public static Candidate multiLabel(String recipeName) {
        float[] targets = new float[200];
        float[] base = new float[200];
        float[] cand = new float[200];
        for (int i = 0; i < 200; i++) {
            targets[i] = i % 3 == 0 ? 1 : 0;
            base[i] = targets[i] == 1 ? 0.9f : 0.1f;
            cand[i] = i % 10 == 0 ? 1 - base[i] : base[i];
        }
        MultiLabelComparison comparison = MultiLabelComparison.of(targets, Predictions.of(base, 2, OutputKind.PROBABILITIES),
                Predictions.of(cand, 2, OutputKind.PROBABILITIES));
        return withTask(recipeName, TaskKind.MULTILABEL, Optional.empty(), Optional.empty(), Optional.of(comparison));
    }

    /** A binary model whose AUC fell from {@code baselineAuc} to {@code candidateAuc}. */
    public static Candidate binary(String recipeName, double baselineAuc, double candidateAuc) {
        BinaryComparison comparison = new BinaryComparison(new BinaryMetrics(0.9, 0.8, 0.7, 0.75, baselineAuc),
                new BinaryMetrics(0.88, 0.8, 0.7, 0.75, candidateAuc));
        return withTask(recipeName, TaskKind.BINARY, Optional.of(comparison), Optional.empty(), Optional.empty());
    }

    /** A regression baseline of MSE 0.25 (MAE 0.5, max error 0.5, R² 0.9997), as {@link #regression}'s. */
    public static Baseline regressionBaseline() {
        float[] targets = new float[100];
        float[] base = new float[100];
        for (int i = 0; i < 100; i++) {
            targets[i] = i;
            base[i] = i + 0.5f;
        }
        RegressionMetrics metrics = RegressionMetrics.of(targets, Predictions.of(base, 1, OutputKind.LOGITS));
        StubBaseline stub = StubBaseline.withAccuracy(Double.NaN);
        return (Baseline) Proxy.newProxyInstance(Baseline.class.getClassLoader(), new Class<?>[] {Baseline.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "task" -> TaskKind.REGRESSION;
                    case "regressionMetrics" -> Optional.of(metrics);
                    default -> {
                        try {
                            yield method.invoke(stub, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    /** A multi-label baseline that decides every label right, as {@link #multiLabel}'s. */
    public static Baseline multiLabelBaseline() {
        float[] targets = new float[200];
        float[] base = new float[200];
        for (int i = 0; i < 200; i++) {
            targets[i] = i % 3 == 0 ? 1 : 0;
            base[i] = targets[i] == 1 ? 0.9f : 0.1f;
        }
        MultiLabelMetrics metrics = MultiLabelMetrics.of(targets, Predictions.of(base, 2, OutputKind.PROBABILITIES));
        StubBaseline stub = StubBaseline.withAccuracy(Double.NaN);
        return (Baseline) Proxy.newProxyInstance(Baseline.class.getClassLoader(), new Class<?>[] {Baseline.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "task" -> TaskKind.MULTILABEL;
                    case "multiLabelMetrics" -> Optional.of(metrics);
                    default -> {
                        try {
                            yield method.invoke(stub, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static Candidate withTask(String recipeName, TaskKind task, Optional<BinaryComparison> binary,
            Optional<RegressionComparison> regression, Optional<MultiLabelComparison> multiLabel) {
        StubCandidate stub = StubCandidate.of(recipeName, 0.85, 0.84, 0.5, 0.99);
        return (Candidate) Proxy.newProxyInstance(Candidate.class.getClassLoader(), new Class<?>[] {Candidate.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "task" -> task;
                    case "binaryComparison" -> binary;
                    case "regressionComparison" -> regression;
                    case "multiLabelComparison" -> multiLabel;
                    default -> {
                        try {
                            yield method.invoke(stub, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
