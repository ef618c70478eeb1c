package dev.modelspec.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/**
 * How a candidate came out of one {@link CandidateCheck}: what the engine's tolerance test reports
 * and what {@link CandidateAssert} throws.
 *
 * @param passed whether the candidate is within the limit
 * @param value the measured value itself, for machine-readable reports
 * @param measured the measured value as reported, e.g. {@code 0.0322} or a p-value {@code 1.2e-97}
 * @param summary every number in one sentence, e.g. {@code accuracy drop ≤ 0.020: measured 0.0322 (0.8501 → 0.8179)}
 * @param failure the failure message, the same for the engine and the assertion
 */
public record Judgement(boolean passed, double value, String measured, String summary, ErrorMessageFactory failure) {}
