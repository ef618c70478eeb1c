/**
 * Candidates made elsewhere: {@link dev.modelspec.recipe.external.ExternalCandidate} takes the weights of a
 * SavedModel compressed outside ModelSpec (say, by a Python pipeline), so that it is gated against the
 * baseline by every tolerance like a candidate ModelSpec made.
 */
package dev.modelspec.recipe.external;
