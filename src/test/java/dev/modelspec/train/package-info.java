/**
 * A small graph-mode model builder and trainer for TensorFlow, used to produce the example
 * baselines and the synthetic models of the tests.
 *
 * <p>{@link dev.modelspec.train.SequentialModelBuilder} describes a Keras-like sequential model and
 * builds a {@link dev.modelspec.train.TrainableModel}; {@link dev.modelspec.train.Trainer} fits it
 * with Adam on a {@link dev.modelspec.data.LabeledData}; {@link
 * dev.modelspec.train.TrainableModel#export(java.nio.file.Path)} writes a SavedModel whose names are
 * listed in {@link dev.modelspec.train.ExportNames}. Call {@link
 * dev.modelspec.runtime.TensorFlowRuntime#start()} before building a model.
 */
package dev.modelspec.train;
