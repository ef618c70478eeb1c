/**
 * Fine-tuning during compression: {@link dev.modelspec.recipe.finetune.MaskedFineTuning} trains a
 * model while keeping pruning masks in force, for gradual pruning and for the {@link
 * dev.modelspec.recipe.finetune.FineTuning} step, whose optimizer a recipe may choose ({@code
 * withOptimizer}) and which can train quantization-aware before int8 ({@link
 * dev.modelspec.recipe.finetune.QuantizationAwareFineTuning}). It trains through the model's {@code
 * train} signature when it has one and the recipe chose nothing it cannot do, else through a
 * training graph derived from its serving signature ({@link dev.modelspec.model.graph.TrainingGraph}),
 * borrowed from the run's {@link dev.modelspec.model.graph.TrainingGraphCache}.
 */
package dev.modelspec.recipe.finetune;
