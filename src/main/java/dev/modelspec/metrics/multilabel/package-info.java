/**
 * Multi-label quality: {@link dev.modelspec.metrics.multilabel.MultiLabelMetrics} (label accuracy,
 * subset accuracy, micro- and macro-F1, per label) of one model with independent sigmoid outputs
 * against 0/1 label vectors, and {@link dev.modelspec.metrics.multilabel.MultiLabelComparison} of a
 * candidate with its baseline, paired example by example.
 */
package dev.modelspec.metrics.multilabel;
