/**
 * The workbench: what the engine asks of models ({@link dev.modelspec.workbench.Workbench}, {@link
 * dev.modelspec.workbench.BaselineRequest}, {@link dev.modelspec.workbench.Progress}) and its one
 * implementation on real SavedModels, {@link dev.modelspec.workbench.TensorFlowWorkbench}. It loads
 * and evaluates baselines, applies recipes to copies of their weights, exports candidates and
 * evaluates them, keeping results in a cache directory that is safe to share between runs and
 * processes and verified before use. It knows nothing of the engine that drives it.
 */
package dev.modelspec.workbench;
