/**
 * Regression quality: {@link dev.modelspec.metrics.regression.RegressionMetrics} (MSE, MAE, max error,
 * R²) of one model against numeric targets, and {@link
 * dev.modelspec.metrics.regression.RegressionComparison} of a candidate with its baseline, paired
 * example by example.
 */
package dev.modelspec.metrics.regression;
