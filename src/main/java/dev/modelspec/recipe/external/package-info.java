/**
 * Candidates made elsewhere: {@link dev.modelspec.recipe.external.ExternalCandidate} takes a SavedModel
 * compressed outside ModelSpec (say, by a Python pipeline): its weights when it has the baseline's
 * architecture, the model itself when it has another graph that serves like the baseline's, so that it
 * is gated against the baseline by every tolerance like a candidate ModelSpec made.
 */
package dev.modelspec.recipe.external;
