"""Generates the real SavedModels the storage tests (dev.modelspec.model.graph, storage passes) run on.

Usage: storage_models.py OUT_DIR KIND [KIND ...]

Every KIND writes OUT_DIR/KIND/model, a Keras 3 model.export() SavedModel (serving only: no optimizer
slots), trained for one epoch on the first 12,000 Fashion-MNIST training images, plus OUT_DIR/KIND/x.f32
(the first 2,000 test images, float32 little endian, NHWC) and y.i32 (their labels).

Kinds:
  keras3_mlp        Flatten, Dense 256 relu, Dense 128 relu, Dense 10 logits (weights dominate the bytes)
  keras3_two_conv   Conv2D 32 3x3 relu, MaxPool, Conv2D 64 3x3 relu, MaxPool, Flatten, Dense 10 logits
  keras3_residual   Conv2D 8 3x3 same relu (a), Conv2D 8 3x3 same (b), Add(a, b), Flatten, Dense 10 logits
"""
import gzip
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import tensorflow as tf
import keras

FASHION = os.environ.get("FASHION_MNIST", "examples/data/fashion-mnist")
TRAIN = 12000
TEST = 2000


def fashion(split, count):
    with gzip.open(os.path.join(FASHION, split + "-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)[:count]
    with gzip.open(os.path.join(FASHION, split + "-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)[:count]
    return (images.astype(np.float32) / 255.0)[..., None], labels.astype(np.int32)


def keras3_mlp():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10),
    ])


def keras3_two_conv():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(32, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(64, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ])


def keras3_residual():
    inputs = keras.Input((28, 28, 1))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inputs)
    b = keras.layers.Conv2D(8, 3, padding="same")(a)
    added = keras.layers.Add()([a, b])
    outputs = keras.layers.Dense(10)(keras.layers.Flatten()(added))
    return keras.Model(inputs, outputs)


KINDS = {f.__name__: f for f in [keras3_mlp, keras3_two_conv, keras3_residual]}

if __name__ == "__main__":
    root = sys.argv[1]
    x_train, y_train = fashion("train", TRAIN)
    x_test, y_test = fashion("t10k", TEST)
    for kind in sys.argv[2:]:
        out = os.path.join(root, kind)
        os.makedirs(out, exist_ok=True)
        keras.utils.set_random_seed(11)
        model = KINDS[kind]()
        model.compile(optimizer=keras.optimizers.Adam(1e-3),
                      loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
        model.fit(x_train, y_train, batch_size=128, epochs=1, verbose=0)
        model.export(os.path.join(out, "model"), verbose=False)
        x_test.astype("<f4").tofile(os.path.join(out, "x.f32"))
        y_test.astype("<i4").tofile(os.path.join(out, "y.i32"))
        print("wrote", out)
