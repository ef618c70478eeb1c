"""Times Keras train_on_batch on the CNN graph_models.py exports as keras3_export_cnn.

Usage: graph_train_bench.py X.f32 BATCH WARMUP STEPS

Prints one line per timed step, its milliseconds; the batches cycle through the float32 images in X.f32.
"""
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import keras

sys.path.insert(0, os.path.dirname(__file__))
import graph_models

x_file, batch, warmup, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
x = np.fromfile(x_file, "<f4").reshape(-1, 28, 28, 1)
y = np.arange(len(x), dtype=np.int32) % 10
model = graph_models.cnn(logits=True)
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
batches = len(x) // batch
for step in range(warmup + steps):
    start = (step % batches) * batch
    began = time.perf_counter()
    model.train_on_batch(x[start:start + batch], y[start:start + batch])
    if step >= warmup:
        print("%.4f" % ((time.perf_counter() - began) * 1000))
