"""The Python TensorFlow side of ModelSpec's interoperability tests.

One process per test JVM: it reads one JSON request a line on stdin and answers one JSON line on
stdout, so TensorFlow is imported once. Tensors travel as raw little-endian files named in the
request. Requests:

  {"op": "ping"}
  {"op": "generate", "name": ..., "out": dir, "fashion": dir}: modelspec_models.generate, answers "meta"
  {"op": "serve", "model": dir, "signature": key, "inputs": {key: {"file", "shape", "dtype"}}, "out": prefix}
  {"op": "tflite", ...same as serve}: converts the signature with TFLiteConverter, runs the interpreter;
      with "dynamic_range": true, converts with tf.lite.Optimize.DEFAULT (int8 weights, float
      activations, or integer kernels where the graph's FakeQuant ops give activation ranges); answers the
      flatbuffer's "bytes" too, and "tensor_types": how many of the interpreter's tensors have each
      element type (e.g. {"float32": 12, "int8": 9})
  {"op": "tfsm", ...same as serve}: loads the model as a Keras TFSMLayer and calls it
  {"op": "keras_train_bench", "examples": x.f32, "batch": n, "warmup": n, "steps": n}: times Keras
      train_on_batch of modelspec_models' CNN on 28x28x1 batches cycling through the examples, answers
      "milliseconds", one per timed step
  {"op": "keras_gradual_pruning", "model": m.keras, "fashion": dir, "epochs": n, "batch": n, "initial": s,
      "final": s, "begin": n, "end": n, "power": p, "frequency": n, "learning_rate": r, "seed": n}: loads
      the Keras model, prunes it gradually as tfmot does (modelspec_pruning) on the training images,
      answers "baseline" and "pruned" accuracy on the test images and the kernels' "sparsity"; optional
      "count" (first training images, default 60000), "test_count" (default 10000), "order" (a file of
      int32 example indexes, one row of count per epoch, instead of Keras' shuffling) and "out" (also
      writes the pruned model's outputs on the test images to out + "logits.f32", answered as "outputs")

An input key "" in serve/tflite/tfsm stands for the signature's only input.

serve/tflite/tfsm answer {"outputs": {key: {"file", "shape"}}}, float32 outputs written to
prefix + key + ".f32". Any failure answers {"error": "..."}.
"""
import json
import os
import sys
import traceback

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

import modelspec_models  # noqa: E402


def _inputs(request):
    feeds = {}
    for key, spec in request["inputs"].items():
        feeds[key] = np.fromfile(spec["file"], dtype=np.dtype(spec.get("dtype", "float32")).newbyteorder("<")) \
            .reshape(spec["shape"])
    return feeds


def _write(request, outputs):
    answer = {}
    for key, value in outputs.items():
        array = np.asarray(value, dtype=np.float32)
        path = request["out"] + key.replace("/", "_") + ".f32"
        array.astype("<f4").tofile(path)
        answer[key] = {"file": path, "shape": list(array.shape)}
    return {"outputs": answer}


def _only_input(feeds, names):
    """The feeds with the key "" renamed to the only one of `names`."""
    if "" not in feeds:
        return feeds
    if len(names) != 1:
        raise ValueError(f"the signature has the inputs {sorted(names)}, not one: name the input")
    return {names[0]: feeds[""]}


def serve(request):
    loaded = tf.saved_model.load(request["model"])
    function = loaded.signatures[request["signature"]]
    feeds = _only_input(_inputs(request), list(function.structured_input_signature[1].keys()))
    feeds = {k: tf.constant(v) for k, v in feeds.items()}
    return _write(request, {k: v.numpy() for k, v in function(**feeds).items()})


def tflite(request):
    converter = tf.lite.TFLiteConverter.from_saved_model(request["model"], signature_keys=[request["signature"]])
    if request.get("dynamic_range"):
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    flatbuffer = converter.convert()
    interpreter = tf.lite.Interpreter(model_content=flatbuffer)
    runner = interpreter.get_signature_runner(request["signature"])  # resizes its inputs to the feeds
    answer = _write(request, runner(**_only_input(_inputs(request), list(runner.get_input_details().keys()))))
    answer["bytes"] = len(flatbuffer)
    types = {}
    for detail in interpreter.get_tensor_details():
        name = np.dtype(detail["dtype"]).name
        types[name] = types.get(name, 0) + 1
    answer["tensor_types"] = types
    return answer


def tfsm(request):
    import keras
    layer = keras.layers.TFSMLayer(request["model"], call_endpoint=request["signature"])
    feeds = {k: tf.constant(v) for k, v in _inputs(request).items()}
    result = layer(feeds) if len(feeds) > 1 else layer(next(iter(feeds.values())))
    if not isinstance(result, dict):
        result = {"output_0": result}
    return _write(request, {k: np.asarray(v) for k, v in result.items()})


def keras_train_bench(request):
    import time
    import keras
    batch, warmup, steps = request["batch"], request["warmup"], request["steps"]
    x = np.fromfile(request["examples"], "<f4").reshape(-1, 28, 28, 1)
    y = np.arange(len(x), dtype=np.int32) % 10
    model = modelspec_models._cnn(logits=True)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    batches = len(x) // batch
    milliseconds = []
    for step in range(warmup + steps):
        start = (step % batches) * batch
        began = time.perf_counter()
        model.train_on_batch(x[start:start + batch], y[start:start + batch])
        if step >= warmup:
            milliseconds.append((time.perf_counter() - began) * 1000)
    return {"milliseconds": milliseconds}


def keras_gradual_pruning(request):
    import keras
    import modelspec_pruning
    model = keras.models.load_model(request["model"])
    count = request.get("count", 60000)
    x, y = modelspec_models.fashion(request["fashion"], "train", count)
    test_x, test_y = modelspec_models.fashion(request["fashion"], "test", request.get("test_count", 10000))
    order = None
    if "order" in request:
        order = np.fromfile(request["order"], "<i4").reshape(request["epochs"], count)

    def predict():
        return model.predict(test_x[..., None], batch_size=1000, verbose=0)

    baseline = float(np.mean(np.argmax(predict(), axis=1) == test_y))
    sparsity = modelspec_pruning.gradual_pruning(
        model, x[..., None], y.astype(np.int32), request["epochs"], request["batch"], request["initial"],
        request["final"], request["begin"], request["end"], request["power"], request["frequency"],
        request["learning_rate"], request["seed"], order)
    logits = predict()
    answer = {"baseline": baseline, "pruned": float(np.mean(np.argmax(logits, axis=1) == test_y)), "sparsity": sparsity}
    if "out" in request:
        answer.update(_write(request, {"logits": logits}))
    return answer


def generate(request):
    return {"meta": modelspec_models.generate(request["name"], request["out"], request["fashion"])}


OPS = {"ping": lambda r: {"tensorflow": tf.__version__}, "serve": serve, "tflite": tflite, "tfsm": tfsm,
       "generate": generate, "keras_train_bench": keras_train_bench,
       "keras_gradual_pruning": keras_gradual_pruning}


def main():
    replies = sys.stdout
    sys.stdout = sys.stderr  # whatever TensorFlow or Keras print must not mix with the replies
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            answer = OPS[request["op"]](request)
        except Exception as e:  # answered, never fatal: the test names the request
            answer = {"error": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()[-2000:]}
        replies.write(json.dumps(answer) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
