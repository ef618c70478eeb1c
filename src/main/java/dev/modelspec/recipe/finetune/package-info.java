/**
 * Fine-tuning during compression: {@link dev.modelspec.recipe.finetune.MaskedFineTuning} trains a
 * model while keeping pruning masks in force, for gradual pruning and for the {@link
 * dev.modelspec.recipe.finetune.FineTuning} step. It trains through the model's {@code train}
 * signature when it has one, else through a training graph derived from its serving signature
 * ({@link dev.modelspec.model.graph.TrainingGraph}).
 */
package dev.modelspec.recipe.finetune;
