"""The TFLite converter's dynamic-range int8 output of a SavedModel, beside the model as given.

Usage: storage_tflite.py MODEL_DIR OUT.tflite

Converts MODEL_DIR's serving_default with tf.lite.Optimize.DEFAULT (dynamic-range quantization:
int8 weights, float activations), writes OUT.tflite, and prints one line per model, "name bytes
accuracy", with accuracy on the 10,000 Fashion-MNIST test images: the TFLite interpreter's, and
tf.saved_model.load's of MODEL_DIR itself.
"""
import gzip
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import tensorflow as tf

FASHION = os.environ.get("FASHION_MNIST", "examples/data/fashion-mnist")


def test_set():
    with gzip.open(os.path.join(FASHION, "t10k-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28, 1)
    with gzip.open(os.path.join(FASHION, "t10k-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)
    return images.astype(np.float32) / 255.0, labels


model_dir, out = sys.argv[1:3]
x, y = test_set()
converter = tf.lite.TFLiteConverter.from_saved_model(model_dir, signature_keys=["serving_default"])
converter.optimizations = [tf.lite.Optimize.DEFAULT]
content = converter.convert()
with open(out, "wb") as f:
    f.write(content)
interpreter = tf.lite.Interpreter(model_content=content)
runner = interpreter.get_signature_runner("serving_default")
name = list(runner.get_input_details().keys())[0]
predicted = np.concatenate([np.argmax(list(runner(**{name: x[i:i + 500]}).values())[0], -1) for i in range(0, len(x), 500)])
print("tflite-dynamic-range-int8", len(content), float(np.mean(predicted == y)))
serving = tf.saved_model.load(model_dir).signatures["serving_default"]
served = np.concatenate([np.argmax(list(serving(**{name: tf.constant(x[i:i + 500])}).values())[0], -1)
                         for i in range(0, len(x), 500)])
print("savedmodel-python", sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(model_dir) for f in fs),
      float(np.mean(served == y)))
