/**
 * Evaluation and training data: {@link dev.modelspec.data.LabeledData} and
 * {@link dev.modelspec.data.DataProvider}, the IDX format ({@link dev.modelspec.data.IdxReader},
 * {@link dev.modelspec.data.IdxWriter}, {@link dev.modelspec.data.LabeledImages}) and Fashion-MNIST
 * ({@link dev.modelspec.data.FashionMnist}, with the providers
 * {@link dev.modelspec.data.FashionMnistTest} and {@link dev.modelspec.data.FashionMnistTrain}), and readers
 * for users' own data: {@link dev.modelspec.data.CsvData}, {@link dev.modelspec.data.NumpyData} ({@code .npy},
 * {@code .npz}), {@link dev.modelspec.data.TfRecordData} ({@code tf.train.Example}) and
 * {@link dev.modelspec.data.ImageFolderData}, with class names from {@link dev.modelspec.data.ClassNames}.
 *
 * <p>Images stay stored as unsigned bytes; they become floats only when copied out in batches.
 */
package dev.modelspec.data;
