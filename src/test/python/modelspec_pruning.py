"""tfmot's gradual magnitude pruning (prune_low_magnitude + UpdatePruningStep) on a Keras model, written
out here because tensorflow-model-optimization is not in the local package index: the reference that
GradualPruningTable runs beside ModelSpec's own gradual pruning on the same baseline and data.

What it does, as tfmot 0.8 does: every Conv2D and Dense kernel (not the biases) has a mask of its own;
at the start of training step s (counted from 0, Keras' optimizer.iterations) the masks are recomputed
from the kernels' magnitudes when (s - begin) % frequency == 0 and begin <= s <= end, at
PolynomialDecay's sparsity for s (keeping the round(size * (1 - sparsity)) largest, ties kept); then,
every step, kernel = kernel * mask before the forward pass; after the last step the kernels are masked
once more. ModelSpec's loop adds one thing: a last mask at the final sparsity (here too, so both
results have exactly the final sparsity).
"""
import numpy as np
import keras


def polynomial_sparsity(step, initial, final, begin, end, power):
    """tfmot's PolynomialDecay at `step`."""
    progress = min(1.0, max(0.0, (step - begin) / (end - begin)))
    return final + (initial - final) * (1.0 - progress) ** power


def _mask(kernel, sparsity):
    magnitudes = np.abs(kernel).ravel()
    keep = int(round(magnitudes.size * (1.0 - sparsity)))
    if keep <= 0:
        return np.zeros_like(kernel)
    threshold = np.partition(magnitudes, magnitudes.size - keep)[magnitudes.size - keep]
    return (np.abs(kernel) >= threshold).astype(kernel.dtype)


class _GradualMagnitudePruning(keras.callbacks.Callback):

    def __init__(self, kernels, initial, final, begin, end, power, frequency):
        super().__init__()
        self.kernels, self.step = kernels, 0
        self.initial, self.final, self.begin, self.end, self.power, self.frequency = \
            initial, final, begin, end, power, frequency
        self.masks = [np.ones(k.shape, "float32") for k in kernels]

    def _remask(self, sparsity):
        self.masks = [_mask(np.asarray(k), sparsity) for k in self.kernels]

    def _apply(self):
        for kernel, mask in zip(self.kernels, self.masks):
            kernel.assign(np.asarray(kernel) * mask)

    def on_train_batch_begin(self, batch, logs=None):
        if self.begin <= self.step <= self.end and (self.step - self.begin) % self.frequency == 0:
            self._remask(polynomial_sparsity(self.step, self.initial, self.final, self.begin, self.end, self.power))
        self._apply()
        self.step += 1

    def on_train_end(self, logs=None):
        self._apply()

    def finish(self):
        self._remask(self.final)
        self._apply()


def gradual_pruning(model, x, y, epochs, batch, initial, final, begin, end, power, frequency, learning_rate, seed,
                    order=None):
    """Prunes `model` (logits out) in place while training it on x, y as tfmot's tutorial does (Adam,
    sparse categorical cross-entropy on logits), shuffled each epoch, or in `order` (one row of example
    indexes per epoch) when given; answers the kernels' sparsity."""
    keras.utils.set_random_seed(seed)
    kernels = [layer.kernel for layer in model.layers if isinstance(layer, (keras.layers.Conv2D, keras.layers.Dense))]
    pruning = _GradualMagnitudePruning(kernels, initial, final, begin, end, power, frequency)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    if order is None:
        model.fit(x, y, batch_size=batch, epochs=epochs, shuffle=True, verbose=0, callbacks=[pruning])
    else:
        for epoch in order:
            model.fit(x[epoch], y[epoch], batch_size=batch, epochs=1, shuffle=False, verbose=0, callbacks=[pruning])
    pruning.finish()
    zeros = sum(int(np.sum(np.asarray(k) == 0)) for k in kernels)
    return zeros / sum(int(np.prod(k.shape)) for k in kernels)
