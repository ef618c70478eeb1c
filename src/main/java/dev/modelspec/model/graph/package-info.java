/**
 * Graph rewrites of a SavedModel's serving computation. {@link dev.modelspec.model.graph.FlatGraph}
 * is the form every rewrite starts from: one signature inlined into a single graph, every weight a
 * {@link dev.modelspec.model.graph.FlatVariable} with one read. {@link
 * dev.modelspec.model.graph.FlatGraphSession} runs it (the equivalence check of a rewrite: same
 * outputs on the same inputs), {@link dev.modelspec.model.graph.TrainingGraph} derives a training
 * graph from it, {@link dev.modelspec.model.graph.FakeQuantization} and {@link
 * dev.modelspec.model.graph.ActivationQuantization} put weights and activations on their int8 grids,
 * {@link dev.modelspec.model.graph.FlatSavedModelWriter} writes it as a
 * serving-only SavedModel, and {@link dev.modelspec.model.graph.SavedModelFlattening} connects it
 * with an open {@link dev.modelspec.model.SavedModel}. docs/fine-tuning.md describes what is
 * supported.
 */
package dev.modelspec.model.graph;
