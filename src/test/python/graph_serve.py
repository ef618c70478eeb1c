"""Serves a SavedModel in the two Python consumers a flat export must satisfy.

Usage: graph_serve.py MODEL_DIR SIGNATURE INPUT.f32 D1,D2,... OUT_TF.f32 OUT_TFLITE.f32

Runs tf.saved_model.load(MODEL_DIR).signatures[SIGNATURE] and the TFLite interpreter of
tf.lite.TFLiteConverter.from_saved_model(MODEL_DIR, signature_keys=[SIGNATURE]) on the float32
input of shape D1,D2,... and writes their only outputs, float32 little endian.
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import tensorflow as tf

model_dir, key, input_file, shape, out_tf, out_lite = sys.argv[1:7]
x = np.fromfile(input_file, "<f4").reshape([int(d) for d in shape.split(",")])

serving = tf.saved_model.load(model_dir).signatures[key]
name = list(serving.structured_input_signature[1].keys())[0]
(result,) = serving(**{name: tf.constant(x)}).values()
np.asarray(result, "<f4").tofile(out_tf)

converter = tf.lite.TFLiteConverter.from_saved_model(model_dir, signature_keys=[key])
interpreter = tf.lite.Interpreter(model_content=converter.convert())
runner = interpreter.get_signature_runner(key)
(lite,) = runner(**{name: x}).values()
np.asarray(lite, "<f4").tofile(out_lite)
