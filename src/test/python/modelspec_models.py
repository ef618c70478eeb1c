"""Real TensorFlow exports for ModelSpec's interoperability tests, generated at test time.

Every model here is small (seconds to train on 2 cores). Most are trained briefly on the Fashion-MNIST
copy in examples/data, so that compression changes its accuracy measurably; the ones the flat-graph
tests train in Java start untrained and come with their Keras reference training. Nothing generated is
committed: the tests call `generate(name, out_dir, fashion_dir)` through modelspec_worker.py.

`generate` writes OUT/NAME (the SavedModel, named after the model) and OUT/modelspec.json saying what a test needs to feed
it: the signature key, its input key and example shape, its output key and kind. Models that tests
train or evaluate on fixed data write it beside the model (see `_write_data`): x.f32 (float32
examples, little endian), y.i32 (int32 labels) or y.f32 (regression targets), and for the trainable
ones reference.txt, the Keras reference training (see `_train_and_record`).
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


def _cnn(logits=True):
    """Conv2D 12 3x3 relu, MaxPool, Flatten, Dense 10 (logits, or softmax)."""
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(12, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation=None if logits else "softmax"),
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


def keras3_narrow_mlp_export(out, fd):
    """A narrower student of keras3_mlp_export (Dense 16 relu, softmax head; same input and output keys, other
    variables), exported with model.export(): an external candidate of another graph."""
    _seed()
    x, y = fashion(fd)
    inputs = keras.Input((784,), name="pixels")
    h = keras.layers.Dense(16, activation="relu", name="narrow")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(10, activation="softmax", name="scores")(h))
    model = _fit(model, x.reshape(-1, 784), y, logits=False)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="probabilities")


def keras3_mlp_logits_saved(out, fd):
    """A functional MLP returning logits, saved with tf.saved_model.save."""
    _seed()
    x, y = fashion(fd)
    model = _fit(_mlp_functional(logits=True), x.reshape(-1, 784), y)
    tf.saved_model.save(model, out)
    return dict(signature="serving_default", input_shape=[784], output="logits")


def _conv_batchnorm(dropout, activation=None):
    """Conv2D 8 3x3, BatchNormalization, ReLU, MaxPool, Flatten, Dropout, Dense 10."""
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(8, 3),
        keras.layers.BatchNormalization(),
        keras.layers.ReLU(),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dropout(dropout),
        keras.layers.Dense(10, activation=activation),
    ])


def keras3_batchnorm_export(out, fd):
    """Conv, BatchNormalization, Dropout, Dense: the serving graph runs BN in inference mode."""
    _seed()
    x, y = fashion(fd)
    model = _conv_batchnorm(dropout=0.3)
    _fit(model, x[..., None], y)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_embedding_export(out, fd):
    """Token ids as float32 (as many real exports take them), an Embedding, pooled, Dense logits.
    The classes follow the pixel rows' brightness, so the task is learnable."""
    _seed()
    x, y = fashion(fd)
    tokens = row_tokens(x)
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


def row_tokens(x):
    """The token ids of keras3_embedding_export and keras3_int_tokens_export: each pixel row's mean
    brightness times 50, floored, at most 49."""
    return np.clip((x.reshape(-1, 28, 28).mean(axis=2) * 50).astype("int64"), 0, 49)


def keras3_int_tokens_export(out, fd):
    """Token ids as int32 (28 row tokens), an Embedding, flattened, Dense 10 logits, with model.export()."""
    _seed()
    x, y = fashion(fd)
    model = keras.Sequential([
        keras.Input((28,), dtype="int32", name="tokens"),
        keras.layers.Embedding(50, 16),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ])
    model = _fit(model, row_tokens(x).astype("int32"), y)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[28], output="logits", input_kind="int32 tokens")


def fashion_tags(x, y):
    """The labels of keras3_multilabel_export, 0/1 each: footwear (sandal, sneaker, ankle boot), a top
    (T-shirt, pullover, coat, shirt), and bright (mean pixel value above 0.3)."""
    return np.stack([np.isin(y, [5, 7, 9]), np.isin(y, [0, 2, 4, 6]),
                     x.reshape(len(x), -1).mean(axis=1) > 0.3], axis=1).astype("float32")


def keras3_multilabel_export(out, fd):
    """A multi-label MLP: 784 pixels, three independent sigmoid outputs (see fashion_tags)."""
    _seed()
    x, y = fashion(fd)
    model = keras.Sequential([
        keras.Input((784,), name="pixels"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(3, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy")
    model.fit(x.reshape(-1, 784), fashion_tags(x, y), epochs=EPOCHS, batch_size=64, verbose=0)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="probabilities", outputs=3)


def half_brightness(x):
    """The targets of keras3_two_output_regression_export: ten times the mean pixel value of an image's
    top half and of its bottom half."""
    flat = x.reshape(len(x), -1)
    return 10.0 * np.stack([flat[:, :392].mean(axis=1), flat[:, 392:].mean(axis=1)], axis=1)


def keras3_two_output_regression_export(out, fd):
    """A regression MLP with two linear outputs (see half_brightness)."""
    _seed()
    x, _ = fashion(fd)
    model = keras.Sequential([
        keras.Input((784,), name="pixels"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(2),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
    model.fit(x.reshape(-1, 784), half_brightness(x), epochs=EPOCHS * 2, batch_size=64, verbose=0)
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[784], output="regression", outputs=2)


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


# The models the flat-graph tests (dev.modelspec.model.graph, recipe.finetune) train in Java and compare
# with the same training in Keras: REFERENCE_STEPS batches of REFERENCE_BATCH examples in file order.

REFERENCE_STEPS = 20
REFERENCE_BATCH = 32


def _fashion_nhwc(fashion_dir, split="train", count=REFERENCE_STEPS * REFERENCE_BATCH):
    x, y = fashion(fashion_dir, split, count)
    return x[..., None], y.astype(np.int32)


def _data_path(out, file):
    """OUT/file beside the SavedModel directory OUT/NAME."""
    return os.path.join(os.path.dirname(out), file)


def _write_data(out, x, y):
    x.astype("<f4").tofile(_data_path(out, "x.f32"))
    if y.dtype == np.float32:
        y.astype("<f4").tofile(_data_path(out, "y.f32"))
    else:
        y.astype("<i4").tofile(_data_path(out, "y.i32"))


def _train_and_record(out, model, x, y, loss, optimizer, inference_mode=False):
    """The Keras reference training: train_on_batch (or with inference_mode a loop calling the model
    with training=False) on REFERENCE_STEPS batches, written to reference.txt as one loss a line, the
    line "outputs", then the model's outputs on the first 8 examples after training, row-major."""
    model.compile(optimizer=optimizer, loss=loss)

    @tf.function
    def inference_step(xs, ys):
        with tf.GradientTape() as tape:
            value = loss(ys, model(xs, training=False))
        optimizer.apply_gradients(zip(tape.gradient(value, model.trainable_variables), model.trainable_variables))
        return value

    losses = []
    for step in range(REFERENCE_STEPS):
        xs = x[step * REFERENCE_BATCH:(step + 1) * REFERENCE_BATCH]
        ys = y[step * REFERENCE_BATCH:(step + 1) * REFERENCE_BATCH]
        losses.append(float(inference_step(xs, ys) if inference_mode else model.train_on_batch(xs, ys)))
    outputs = np.asarray(model(x[:8], training=False)).reshape(-1)
    with open(_data_path(out, "reference.txt"), "w") as f:
        f.write("\n".join("%.9g" % v for v in losses))
        f.write("\noutputs\n")
        f.write("\n".join("%.9g" % v for v in outputs))
        f.write("\n")


def keras3_export_cnn(out, fd):
    """The CNN of keras3_cnn_export, untrained (seed 1), with model.export(); its data and reference
    training with Adam 1e-3 on logits."""
    x, y = _fashion_nhwc(fd)
    keras.utils.set_random_seed(1)
    model = _cnn(logits=True)
    model.export(out, verbose=False)
    _write_data(out, x, y)
    _train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                      keras.optimizers.Adam(1e-3))
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_trained_cnn(out, fd, epochs=3):
    """The CNN of keras3_cnn_export (seed 1) trained on every training image of the Fashion-MNIST copy
    (3 epochs, batch 128, Adam 1e-3), then model.export(); the Keras model beside it as
    keras3_trained_cnn.keras, for the Keras reference of gradual pruning (modelspec_pruning)."""
    x, y = _fashion_nhwc(fd, count=60000)
    keras.utils.set_random_seed(1)
    model = _cnn(logits=True)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x, y, batch_size=128, epochs=epochs, verbose=0)
    model.export(out, verbose=False)
    model.save(out + ".keras")
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_converged_cnn(out, fd):
    """keras3_trained_cnn trained for 15 epochs instead of 3, until more training hardly helps (its
    Keras model beside it as keras3_converged_cnn.keras)."""
    return keras3_trained_cnn(out, fd, epochs=15)


def _dense_softmax_mlp():
    return keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(32, activation="relu"),
                             keras.layers.Dense(10, activation="softmax")])


def keras3_saved_mlp(out, fd):
    """tf.saved_model.save of an untrained Keras 3 MLP (NHWC input, Dense 32 relu, softmax head): the Keras 2
    model.save() layout (object graph, serving function capturing the weights); its data and reference
    training with Adam 1e-3."""
    keras.utils.set_random_seed(2)
    x, y = _fashion_nhwc(fd)
    model = _dense_softmax_mlp()
    tf.saved_model.save(model, out)
    _write_data(out, x, y)
    _train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(), keras.optimizers.Adam(1e-3))
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="probabilities")


def tf1_graph(out, fd):
    """A tf.compat.v1 graph of VariableV2 ref variables (NHWC input, Dense 32 relu, softmax head) saved
    with SavedModelBuilder, untrained; its reference training is the same network rebuilt in Keras
    from its weights (Adam 1e-3)."""
    x, y = _fashion_nhwc(fd)
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
            builder = tf.compat.v1.saved_model.Builder(out)
            signature = tf.compat.v1.saved_model.predict_signature_def({"images": images},
                                                                       {"probabilities": probabilities})
            builder.add_meta_graph_and_variables(session, ["serve"], signature_def_map={"serving_default": signature})
            builder.save()
            weights = session.run([w1, b1, w2, b2])
    tf.compat.v1.enable_resource_variables()
    _write_data(out, x, y)
    model = _dense_softmax_mlp()
    model.set_weights(weights)
    _train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(), keras.optimizers.Adam(1e-3))
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="probabilities")


def keras3_bn_dropout(out, fd):
    """Conv2D 8, BatchNormalization (moving statistics fitted on 256 images), ReLU, MaxPool, Dropout
    0.5, Dense softmax, with model.export(); its reference training is Keras with training=False (what
    the serving graph computes: statistics used, never updated), SGD 0.05 momentum 0.9."""
    keras.utils.set_random_seed(4)
    x, y = _fashion_nhwc(fd)
    model = _conv_batchnorm(dropout=0.5, activation="softmax")
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(x[:256], y[:256], batch_size=64, epochs=1, verbose=0)
    model.export(out, verbose=False)
    _write_data(out, x, y)
    _train_and_record(out, model, x, y, keras.losses.SparseCategoricalCrossentropy(),
                      keras.optimizers.SGD(0.05, momentum=0.9), inference_mode=True)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="probabilities")


def keras3_embedding(out, fd):
    """Untrained int32 token ids (12), Embedding 50x8, GlobalAveragePooling1D, Dense 1 sigmoid, with model.export()."""
    keras.utils.set_random_seed(5)
    model = keras.Sequential([
        keras.Input((12,), dtype="int32"),
        keras.layers.Embedding(50, 8),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.export(out, verbose=False)
    return dict(signature="serving_default", input_shape=[12], output="probabilities", outputs=1)


def keras3_regression(out, fd):
    """Untrained Dense 16 relu, Dense 1 linear on 5 random features of a linear target, with
    model.export(); its reference training is mean squared error, Adam 1e-2."""
    keras.utils.set_random_seed(6)
    rng = np.random.default_rng(6)
    x = rng.normal(size=(REFERENCE_STEPS * REFERENCE_BATCH, 5)).astype(np.float32)
    y = (x @ rng.normal(size=(5, 1)).astype(np.float32)).reshape(-1)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
    model.export(out, verbose=False)
    _write_data(out, x, y)
    _train_and_record(out, model, x, y, keras.losses.MeanSquaredError(), keras.optimizers.Adam(1e-2))
    return dict(signature="serving_default", input_shape=[5], output="regression", outputs=1)


# The models the storage tests (dev.modelspec.model.graph storage passes) compress: serving-only
# model.export() (no optimizer slots), trained for one epoch on the first 12,000 training images, with
# the first 2,000 test images and their labels as data.

def _storage_model(out, fd, model):
    x_train, y_train = _fashion_nhwc(fd, "train", 12000)
    x_test, y_test = _fashion_nhwc(fd, "test", 2000)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x_train, y_train, batch_size=128, epochs=1, verbose=0)
    model.export(out, verbose=False)
    _write_data(out, x_test, y_test)
    return dict(signature="serving_default", input_shape=[28, 28, 1], output="logits")


def keras3_mlp(out, fd):
    """Storage: Flatten, Dense 256 relu, Dense 128 relu, Dense 10 logits (weights dominate the bytes)."""
    keras.utils.set_random_seed(11)
    return _storage_model(out, fd, keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10),
    ]))


def keras3_two_conv(out, fd):
    """Storage: Conv2D 32 3x3 relu, MaxPool, Conv2D 64 3x3 relu, MaxPool, Flatten, Dense 10 logits."""
    keras.utils.set_random_seed(11)
    return _storage_model(out, fd, keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(32, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(64, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ]))


def keras3_residual(out, fd):
    """Storage: Conv2D 8 3x3 same relu (a), Conv2D 8 3x3 same (b), Add(a, b), Flatten, Dense 10 logits."""
    keras.utils.set_random_seed(11)
    inputs = keras.Input((28, 28, 1))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inputs)
    b = keras.layers.Conv2D(8, 3, padding="same")(a)
    added = keras.layers.Add()([a, b])
    outputs = keras.layers.Dense(10)(keras.layers.Flatten()(added))
    return _storage_model(out, fd, keras.Model(inputs, outputs))


MODELS = {name: fn for name, fn in globals().items()
          if callable(fn) and not name.startswith("_") and fn.__doc__
          and name not in ("fashion", "generate", "brightness", "row_tokens", "fashion_tags", "half_brightness")}


def generate(name, out, fashion_dir):
    """Writes model `name` into `out/name`, its data beside it, and returns its description."""
    if name not in MODELS:
        raise ValueError(f"unknown model {name}; known: {sorted(MODELS)}")
    os.makedirs(out)
    keras.backend.clear_session()  # layer names (conv2d, conv2d_1, ...) must not depend on what was generated before
    meta = MODELS[name](os.path.join(out, name), fashion_dir)
    meta["name"] = name
    meta["description"] = " ".join(MODELS[name].__doc__.split())
    with open(os.path.join(out, "modelspec.json"), "w") as f:
        json.dump(meta, f, indent=1)
    return meta
