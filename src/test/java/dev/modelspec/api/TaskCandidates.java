package dev.modelspec.api;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.BinaryMetrics;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.regression.RegressionComparison;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Test aid: candidates of a binary model and of a regression, otherwise answering like a {@link
 * StubCandidate}.
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
        RegressionComparison comparison = RegressionComparison.of(targets, Predictions.of(base, 1, dev.modelspec.metrics.OutputKind.LOGITS),
                Predictions.of(cand, 1, dev.modelspec.metrics.OutputKind.LOGITS));
        return withTask(recipeName, TaskKind.REGRESSION, Optional.empty(), Optional.of(comparison));
    }

    /** A binary model whose AUC fell from 0.95 to 0.90. */
    public static Candidate binary(String recipeName, double baselineAuc, double candidateAuc) {
        BinaryComparison comparison = new BinaryComparison(new BinaryMetrics(0.9, 0.8, 0.7, 0.75, baselineAuc),
                new BinaryMetrics(0.88, 0.8, 0.7, 0.75, candidateAuc));
        return withTask(recipeName, TaskKind.BINARY, Optional.of(comparison), Optional.empty());
    }

    private static Candidate withTask(String recipeName, TaskKind task, Optional<BinaryComparison> binary,
            Optional<RegressionComparison> regression) {
        StubCandidate stub = StubCandidate.of(recipeName, 0.85, 0.84, 0.5, 0.99);
        return (Candidate) Proxy.newProxyInstance(Candidate.class.getClassLoader(), new Class<?>[] {Candidate.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "task" -> task;
                    case "binaryComparison" -> binary;
                    case "regressionComparison" -> regression;
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
