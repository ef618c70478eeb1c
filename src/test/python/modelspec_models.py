"""Real TensorFlow exports for ModelSpec's interoperability tests, generated at test time.

Every model here is small (seconds to train on 2 cores) and is trained briefly on the Fashion-MNIST
copy in examples/data, so that compression changes its accuracy measurably. Nothing generated is
committed: the tests call `generate(name, out_dir, fashion_dir)` through modelspec_worker.py.

Each export gets a `modelspec.json` beside `saved_model.pb` saying what a test needs to feed it:
the signature key, its input key and example shape, its output key and kind.
"""
import gzip
import json
import os

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

TRAIN_EXAMPLES = 6000
EPOCHS = 2


def fashion(fashion_dir, split="train", count=TRAIN_EXAMPLES):
    prefix = "train" if split == "train" else "t10k"
    with gzip.open(os.path.join(fashion_dir, prefix + "-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)[:count]
    with gzip.open(os.path.join(fashion_dir, prefix + "-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)[:count]
    return images.astype("float32") / 255.0, labels.astype("int64")


def _seed():
    keras.utils.set_random_seed(7)


def _fit(model, x, y, logits=True, loss=None):
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=loss or keras.losses.SparseCategoricalCrossentropy(from_logits=logits),
                  metrics=["accuracy"])
    model.fit(x, y, epochs=EPOCHS, batch_size=64, verbose=0)
    return model


def _cnn():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(12, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ])


def _mlp_functional(logits):
    inputs = keras.Input((784,), name="pixels")
    h = keras.layers.Dense(64, activation="relu", name="hidden1")(inputs)
    h = keras.layers.Dense(64, activation="relu", name="hidden2")(h)
    out = keras.layers.Dense(10, activation=None if logits else "softmax", name="scores")(h)
    return keras.Model(inputs, out)


def keras3_cnn_export(out, fd):
    """Keras 3 model.export(): several handles per weight, keys variables/N and _all_variables/N."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_cnn(), x[..., None], y)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_cnn_saved(out, fd):
    """Keras 3 model saved with tf.saved_model.save: optimizer slots beside the weights, and serving
    handles that only the object graph binds to checkpoint keys."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_cnn(), x[..., None], y)
    tf.saved_model.save(model, out)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_mlp_export(out, fd):
    """A functional MLP returning probabilities (softmax head), exported with model.export()."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_mlp_functional(logits=False), x.reshape(-1, 784), y, logits=False)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="probabilities")


def keras3_mlp_logits_saved(out, fd):
    """A functional MLP returning logits, saved with tf.saved_model.save."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_mlp_functional(logits=True), x.reshape(-1, 784), y)
    tf.saved_model.save(model, out)
    return dict(signature="serving_default", input_shape=[784], output="logits")


def keras3_batchnorm_export(out, fd):
    """Conv, BatchNormalization, Dropout, Dense: the serving graph runs BN in inference mode."""
    _seed()
    x, y = fashion(fd)
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(8, 3),
        keras.layers.BatchNormalization(),
        keras.layers.ReLU(),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(10),
    ])
    _fit(model, x[..., None], y)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_embedding_export(out, fd):
    """Token ids as float32 (as many real exports take them), an Embedding, pooled, Dense logits.
    The classes follow the pixel rows' brightness, so the task is learnable."""
    _seed()
    x, y = fashion(fd)
    tokens = np.clip((x.reshape(-1, 28, 28).mean(axis=2) * 50).astype("int64"), 0, 49)
    inputs = keras.Input((28,), dtype="float32", name="tokens")
    ids = keras.layers.Lambda(lambda t: tf.cast(t, "int32"))(inputs)
    h = keras.layers.Embedding(50, 16)(ids)
    h = keras.layers.Flatten()(h)
    out_layer = keras.layers.Dense(10)(h)
    model = _fit(keras.Model(inputs, out_layer), tokens.astype("float32"), y)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[28], output="logits", input_kind="tokens")


def keras3_two_inputs_two_outputs_export(out, fd):
    """Two inputs (top and bottom half of an image) and two outputs (class logits and a brightness
    regression)."""
    _seed()
    x, y = fashion(fd)
    top = keras.Input((392,), name="top")
    bottom = keras.Input((392,), name="bottom")
    h = keras.layers.Concatenate()([keras.layers.Dense(32, activation="relu")(top),
                                    keras.layers.Dense(32, activation="relu")(bottom)])
    classes = keras.layers.Dense(10, name="classes")(h)
    brightness = keras.layers.Dense(1, name="brightness")(h)
    model = keras.Model([top, bottom], [classes, brightness])
    model.compile(optimizer="adam",
                  loss=[keras.losses.SparseCategoricalCrossentropy(from_logits=True), "mse"])
    flat = x.reshape(-1, 784)
    model.fit([flat[:, :392], flat[:, 392:]], [y, flat.mean(axis=1, keepdims=True)],
              epochs=EPOCHS, batch_size=64, verbose=0)
    model.export(out, verbose=False)
    return dict(signature="serving_default", inputs=["top", "bottom"], input_shape=[392], output="logits",
                outputs=2)


def tf_module(out, fd):
    """A tf.Module with two tf.function signatures: serving_default (flat pixels) and a second key."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_mlp_functional(logits=True), x.reshape(-1, 784), y)
    kernels = [tf.Variable(w, name=f"w{i}") for i, w in enumerate(model.get_weights())]

    class Classifier(tf.Module):
        def __init__(self):
            super().__init__()
            self.weights_ = kernels

        @tf.function(input_signature=[tf.TensorSpec([None, 784], tf.float32, name="pixels")])
        def classify(self, pixels):
            h = pixels
            for i in range(0, len(self.weights_) - 2, 2):
                h = tf.nn.relu(tf.matmul(h, self.weights_[i]) + self.weights_[i + 1])
            return {"logits": tf.matmul(h, self.weights_[-2]) + self.weights_[-1]}

    module = Classifier()
    tf.saved_model.save(module, out, signatures={"serving_default": module.classify,
                                                 "classify": module.classify})
    return dict(signature="serving_default", input_shape=[784], output="logits")


def _tf1_classifier(out, fd, fixed_batch=None, with_examples=False):
    x, y = fashion(fd)
    flat = x.reshape(-1, 784)
    g = tf.Graph()
    with g.as_default():
        tf.compat.v1.set_random_seed(7)
        images = tf.compat.v1.placeholder(tf.float32, [fixed_batch, 784], name="images")
        labels = tf.compat.v1.placeholder(tf.int64, [fixed_batch], name="labels")
        w1 = tf.compat.v1.Variable(tf.random.normal([784, 32], stddev=0.05, seed=1), name="hidden/kernel",
                                   use_resource=False)
        b1 = tf.compat.v1.Variable(tf.zeros([32]), name="hidden/bias", use_resource=False)
        w2 = tf.compat.v1.Variable(tf.random.normal([32, 10], stddev=0.05, seed=2), name="logits/kernel",
                                   use_resource=False)
        b2 = tf.compat.v1.Variable(tf.zeros([10]), name="logits/bias", use_resource=False)

        def net(inp):
            return tf.matmul(tf.nn.relu(tf.matmul(inp, w1) + b1), w2) + b2

        logits = net(images)
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
        train = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
        signatures = {}
        if with_examples:
            serialized = tf.compat.v1.placeholder(tf.string, [None], name="tf_example")
            parsed = tf.io.parse_example(serialized, {"pixels": tf.io.FixedLenFeature([784], tf.float32)})
            signatures["serving_default"] = tf.compat.v1.saved_model.predict_signature_def(
                {"examples": serialized}, {"scores": tf.nn.softmax(net(parsed["pixels"]))})
            signatures["predict_images"] = tf.compat.v1.saved_model.predict_signature_def(
                {"images": images}, {"scores": tf.nn.softmax(logits)})
        else:
            signatures["serving_default"] = tf.compat.v1.saved_model.predict_signature_def(
                {"images": images}, {"logits": logits})
        with tf.compat.v1.Session(graph=g) as s:
            s.run(tf.compat.v1.global_variables_initializer())
            batch = fixed_batch or 64
            for epoch in range(EPOCHS):
                for i in range(0, len(flat) - batch + 1, batch):
                    s.run(train, {images: flat[i:i + batch], labels: y[i:i + batch]})
            builder = tf.compat.v1.saved_model.Builder(out)
            builder.add_meta_graph_and_variables(s, ["serve"], signature_def_map=signatures)
            builder.save()


def tf1_variablev2(out, fd):
    """A TF1 graph (tf.compat.v1, VariableV2, Adam slots) saved with SavedModelBuilder."""
    _tf1_classifier(out, fd)
    return dict(signature="serving_default", input_shape=[784], output="logits")


def tf1_examples(out, fd):
    """A TF1 graph whose serving_default takes serialized tf.Example strings, with a float32
    predict_images signature beside it."""
    _tf1_classifier(out, fd, with_examples=True)
    return dict(signature="predict_images", input_shape=[784], output="probabilities")


def tf1_fixed_batch(out, fd):
    """A TF1 graph whose serving signature takes a fixed batch of 24."""
    _tf1_classifier(out, fd, fixed_batch=24)
    return dict(signature="serving_default", input_shape=[784], output="logits", batch=24)


def brightness(x):
    """The regression target of keras3_regression_export: ten times an image's mean pixel value."""
    return 10.0 * x.reshape(len(x), -1).mean(axis=1)


def keras3_regression_export(out, fd):
    """A regression MLP (784 pixels, one linear output) predicting ten times the mean pixel value."""
    _seed()
    x, _ = fashion(fd)
    flat = x.reshape(-1, 784)
    model = keras.Sequential([
        keras.Input((784,), name="pixels"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
    model.fit(flat, brightness(x), epochs=EPOCHS * 2, batch_size=64, verbose=0)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="regression", outputs=1)


def keras3_binary_sigmoid_export(out, fd):
    """A binary MLP with ONE sigmoid output: is the item footwear (sandal, sneaker, ankle boot)?"""
    _seed()
    x, y = fashion(fd)
    model = keras.Sequential([
        keras.Input((784,), name="pixels"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy")
    model.fit(x.reshape(-1, 784), np.isin(y, [5, 7, 9]).astype("float32"), epochs=EPOCHS, batch_size=64, verbose=0)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="probabilities", outputs=1)


def tf1_linear_regression(out, fd):
    """A TF1 linear regression (VariableV2, signature `prediction`, input (-1, 3), one unbounded output)
    with the weights [1.5, -2.0, 0.3] and bias 0.25 that generated TasksInteropTest's CSV."""
    g = tf.Graph()
    with g.as_default():
        features = tf.compat.v1.placeholder(tf.float32, [None, 3], name="features")
        w = tf.compat.v1.Variable([[1.5], [-2.0], [0.3]], name="linear/kernel", use_resource=False)
        b = tf.compat.v1.Variable([0.25], name="linear/bias", use_resource=False)
        signature = tf.compat.v1.saved_model.predict_signature_def({"features": features},
                                                                   {"price": tf.matmul(features, w) + b})
        with tf.compat.v1.Session(graph=g) as s:
            s.run(tf.compat.v1.global_variables_initializer())
            builder = tf.compat.v1.saved_model.Builder(out)
            builder.add_meta_graph_and_variables(s, ["serve"], signature_def_map={"prediction": signature})
            builder.save()
    return dict(signature="prediction", input_shape=[3], output="regression", outputs=1)


MODELS = {name: fn for name, fn in globals().items()
          if callable(fn) and not name.startswith("_") and fn.__doc__
          and name not in ("fashion", "generate", "brightness")}


def generate(name, out, fashion_dir):
    """Writes model `name` into `out` (which must not exist) and returns its description."""
    if name not in MODELS:
        raise ValueError(f"unknown model {name}; known: {sorted(MODELS)}")
    meta = MODELS[name](out, fashion_dir)
    meta["name"] = name
    meta["description"] = " ".join(MODELS[name].__doc__.split())
    with open(os.path.join(out, "modelspec.json"), "w") as f:
        json.dump(meta, f, indent=1)
    return meta
