"""Generates the real SavedModels the flat-graph tests (dev.modelspec.model.graph) run on.

Usage: graph_models.py OUT_DIR KIND [KIND ...]

Every KIND writes OUT_DIR/KIND/model (the SavedModel) and, for the trainable kinds, the reference
training done in Keras on the same data: OUT_DIR/KIND/x.f32 (float32 examples, little endian),
y.i32 (int32 labels), and reference.txt with one line per step "loss" followed by the line
"outputs" and the model's outputs on the first 8 examples after training, row-major.

Kinds:
  keras3_export_cnn   Keras 3 model.export(): Conv2D 12 3x3, MaxPool, Flatten, Dense 10 logits
  keras3_trained_cnn  the same CNN trained on the Fashion-MNIST copy's training images, then model.export()
  keras3_saved_mlp    tf.saved_model.save of a Keras 3 MLP with a softmax head
  tf1_graph           tf.compat.v1 graph, VariableV2 ref variables, SavedModelBuilder, softmax head
  keras3_bn_dropout   Keras 3 model.export(): Conv2D, BatchNormalization, Dropout, Dense softmax
  keras3_embedding    Keras 3 model.export(): Embedding, GlobalAveragePooling1D, Dense 1 sigmoid
  keras3_regression   Keras 3 model.export(): Dense 16 relu, Dense 1 linear (mean squared error)

The reference training: STEPS batches of BATCH examples in file order with train_on_batch, Adam
or SGD with momentum as the kind says, loss sparse categorical cross-entropy (from logits for logits
heads) or mean squared error. The TF1 graph is trained as the same network rebuilt in Keras from its
weights; the BatchNormalization model with training=False (what the serving graph computes).
"""
import gzip
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import tensorflow as tf
import keras

STEPS = 20
BATCH = 32
FASHION = os.environ.get("FASHION_MNIST", "examples/data/fashion-mnist")


def fashion(count):
    with gzip.open(os.path.join(FASHION, "train-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)[:count]
    with gzip.open(os.path.join(FASHION, "train-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)[:count]
    return (images.astype(np.float32) / 255.0)[..., None], labels.astype(np.int32)


def write_data(out, x, y):
    x.astype("<f4").tofile(os.path.join(out, "x.f32"))
    y.astype("<i4").tofile(os.path.join(out, "y.i32"))


def train_and_record(out, model, x, y, loss, optimizer, inference_mode=False):
    """train_on_batch, or with inference_mode a loop calling the model with training=False."""
    model.compile(optimizer=optimizer, loss=loss)

    @tf.function
    def inference_step(xs, ys):
        with tf.GradientTape() as tape:
            value = loss(ys, model(xs, training=False))
        optimizer.apply_gradients(zip(tape.gradient(value, model.trainable_variables), model.trainable_variables))
        return value

    losses = []
    for step in range(STEPS):
        xs, ys = x[step * BATCH:(step + 1) * BATCH], y[step * BATCH:(step + 1) * BATCH]
        losses.append(float(inference_step(xs, ys) if inference_mode else model.train_on_batch(xs, ys)))
    outputs = np.asarray(model(x[:8], training=False)).reshape(-1)
    with open(os.path.join(out, "reference.txt"), "w") as f:
        f.write("\n".join("%.9g" % v for v in losses))
        f.write("\noutputs\n")
        f.write("\n".join("%.9g" % v for v in outputs))
        f.write("\n")


def cnn(logits):
    keras.utils.set_random_seed(1)
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(12, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation=None if logits else "softmax"),
    ])


def keras3_export_cnn(out):
    x, y = fashion(STEPS * BATCH)
    model = cnn(logits=True)
    model.export(os.path.join(out, "model"), verbose=False)
    write_data(out, x, y)
    train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                     keras.optimizers.Adam(1e-3))


def keras3_trained_cnn(out):
    """The seed CNN trained on every training image of the Fashion-MNIST copy (3 epochs, batch 128, Adam 1e-3)."""
    x, y = fashion(60000)
    model = cnn(logits=True)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x, y, batch_size=128, epochs=3, verbose=0)
    model.export(os.path.join(out, "model"), verbose=False)


def keras3_saved_mlp(out):
    keras.utils.set_random_seed(2)
    x, y = fashion(STEPS * BATCH)
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
    tf.saved_model.save(model, os.path.join(out, "model"))
    write_data(out, x, y)


def tf1_graph(out):
    x, y = fashion(STEPS * BATCH)
    graph = tf.Graph()
    with graph.as_default():
        tf.compat.v1.disable_resource_variables()
        images = tf.compat.v1.placeholder(tf.float32, [None, 28, 28, 1], name="images")
        flat = tf.reshape(images, [-1, 784])
        rng = np.random.default_rng(3)
        w1 = tf.compat.v1.Variable(rng.normal(0, 0.05, (784, 32)).astype(np.float32), name="w1", use_resource=False)
        b1 = tf.compat.v1.Variable(np.zeros(32, np.float32), name="b1", use_resource=False)
        w2 = tf.compat.v1.Variable(rng.normal(0, 0.05, (32, 10)).astype(np.float32), name="w2", use_resource=False)
        b2 = tf.compat.v1.Variable(np.zeros(10, np.float32), name="b2", use_resource=False)
        hidden = tf.nn.relu(tf.matmul(flat, w1) + b1)
        probabilities = tf.nn.softmax(tf.matmul(hidden, w2) + b2, name="probabilities")
        with tf.compat.v1.Session(graph=graph) as session:
            session.run(tf.compat.v1.global_variables_initializer())
            builder = tf.compat.v1.saved_model.Builder(os.path.join(out, "model"))
            signature = tf.compat.v1.saved_model.predict_signature_def({"images": images}, {"probabilities": probabilities})
            builder.add_meta_graph_and_variables(session, ["serve"], signature_def_map={"serving_default": signature})
            builder.save()
            weights = session.run([w1, b1, w2, b2])
    tf.compat.v1.enable_resource_variables()
    write_data(out, x, y)
    # The same network in Keras, trained from the same weights.
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(32, activation="relu"),
                              keras.layers.Dense(10, activation="softmax")])
    model.set_weights(weights)
    train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(), keras.optimizers.Adam(1e-3))


def keras3_bn_dropout(out):
    keras.utils.set_random_seed(4)
    x, y = fashion(STEPS * BATCH)
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(8, 3),
        keras.layers.BatchNormalization(),
        keras.layers.ReLU(),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(10, activation="softmax"),
    ])
    # Moving statistics away from their initial values, so that freezing them is visible.
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(x[:256], y[:256], batch_size=64, epochs=1, verbose=0)
    model.export(os.path.join(out, "model"), verbose=False)
    write_data(out, x, y)
    # The derived graph trains the serving computation: BatchNormalization in inference mode (moving
    # statistics used, never updated; gamma and beta trained), no Dropout. That is Keras with training=False.
    train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(),
                     keras.optimizers.SGD(0.05, momentum=0.9), inference_mode=True)


def keras3_embedding(out):
    keras.utils.set_random_seed(5)
    model = keras.Sequential([
        keras.Input((12,), dtype="int32"),
        keras.layers.Embedding(50, 8),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.export(os.path.join(out, "model"), verbose=False)


def keras3_regression(out):
    keras.utils.set_random_seed(6)
    rng = np.random.default_rng(6)
    x = rng.normal(size=(STEPS * BATCH, 5)).astype(np.float32)
    y = (x @ rng.normal(size=(5, 1)).astype(np.float32)).reshape(-1)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
    model.export(os.path.join(out, "model"), verbose=False)
    x.astype("<f4").tofile(os.path.join(out, "x.f32"))
    y.astype("<f4").tofile(os.path.join(out, "y.f32"))
    train_and_record(out, model, x, y, keras.losses.MeanSquaredError(), keras.optimizers.Adam(1e-2))


KINDS = {f.__name__: f for f in [keras3_export_cnn, keras3_trained_cnn, keras3_saved_mlp, tf1_graph, keras3_bn_dropout,
                                 keras3_embedding, keras3_regression]}

if __name__ == "__main__":
    root = sys.argv[1]
    for kind in sys.argv[2:]:
        target = os.path.join(root, kind)
        os.makedirs(target, exist_ok=True)
        KINDS[kind](target)
        print("wrote", target)
