package dev.modelspec.model;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

/**
 * A {@link ModelRunner} that feeds the SavedModel's TensorFlow session directly: one copy of the
 * inputs into a tensor per input, one copy of the outputs out of it, no eager handles in between.
 * This is the path evaluation takes; see docs/metrics.md for the measured comparison with DJL's
 * Predictor. A single float32 input takes the examples as they are, without splitting them.
 */
final class SessionModelRunner extends BatchingModelRunner {

    private final SavedModelBundle bundle;
    private final Session session;
    private final List<InputFeed> feeds = new ArrayList<>();
    private final String outputTensor;

    private SessionModelRunner(SavedModelReference reference, SavedModelBundle bundle, SignatureDescription signature,
            SignatureBinding binding, List<SignatureDescription> all) {
        super(reference, signature, binding, all);
        this.bundle = bundle;
        this.session = bundle.session();
        for (int i = 0; i < inputs().size(); i++) {
            feeds.add(new InputFeed(inputs().get(i), reference.directory()));
        }
        this.outputTensor = output().tensorName();
    }

    static SessionModelRunner open(SavedModelReference reference, SignatureBinding binding) {
        TensorFlowRuntime.start();
        SavedModel model = SavedModel.open(reference);
        try {
            return new SessionModelRunner(reference, model.bundle(), model.signature(), binding, model.signatures());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    float[] runBatch(float[] examples, int count) {
        Session.Runner runner = session.runner();
        if (feeds.size() == 1) {
            InputFeed feed = feeds.get(0);
            runner.feed(feed.tensorName(), feed.fill(examples, count, batchShape(0, count)));
        } else {
            int offset = 0;
            for (int i = 0; i < feeds.size(); i++) {
                InputFeed feed = feeds.get(i);
                runner.feed(feed.tensorName(), feed.fill(examples, count, offset, exampleLength(), inputLength(i),
                        batchShape(i, count)));
                offset += inputLength(i);
            }
        }
        try (Result result = runner.fetch(outputTensor).run()) {
            Tensor output = result.get(0);
            float[] values = new float[Math.toIntExact(output.shape().size())];
            output.asRawTensor().data().asFloats().read(values);
            return values;
        }
    }

    @Override
    public void close() {
        feeds.forEach(InputFeed::close);
        bundle.close();
    }
}
