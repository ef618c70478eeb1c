package dev.modelspec.workbench;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.evaluation.Evaluation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves and loads an {@link Evaluation} as one binary file, so a rerun can reuse it: a magic
 * number, the data name, counts, output kind, task, labels, targets (one per output and example, for
 * a regression or a multi-label model) and scores. The {@link CacheDirectory} guards
 * the file's integrity; this class only refuses what it cannot read.
 */
final class EvaluationStore {

    /** The file's name inside its cache entry. */
    static final String FILE = "evaluation.bin";

    private static final int MAGIC = 0x4D534556; // "MSEV"
    private static final int VERSION = 2;

    private EvaluationStore() {}

    static void save(Evaluation evaluation, Path file) throws IOException {
        Predictions predictions = evaluation.predictions();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(evaluation.dataName());
            out.writeInt(predictions.count());
            out.writeInt(predictions.classes());
            out.writeUTF(predictions.kind().name());
            out.writeLong(evaluation.elapsedNanos());
            out.writeUTF(evaluation.task().name());
            for (int label : evaluation.labels()) {
                out.writeInt(label);
            }
            out.writeInt(evaluation.targets().length);
            for (float target : evaluation.targets()) {
                out.writeFloat(target);
            }
            for (int i = 0; i < predictions.count(); i++) {
                for (int c = 0; c < predictions.classes(); c++) {
                    out.writeFloat(predictions.score(i, c));
                }
            }
        }
    }

    /** The saved evaluation of {@code expectedExamples} examples; throws when the file holds anything else. */
    static Evaluation load(Path file, int expectedExamples) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is no evaluation of this ModelSpec version");
            }
            String dataName = in.readUTF();
            int count = in.readInt();
            int classes = in.readInt();
            if (count != expectedExamples || classes <= 0) {
                throw new IOException(file + " holds " + count + " examples of " + classes + " classes, not "
                        + expectedExamples + " examples");
            }
            OutputKind kind = OutputKind.valueOf(in.readUTF());
            long elapsed = in.readLong();
            TaskKind task = TaskKind.valueOf(in.readUTF());
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readInt();
            }
            int targetCount = in.readInt();
            if (targetCount != 0 && targetCount != (long) count * classes) {
                throw new IOException(file + " holds " + targetCount + " targets for " + count + " examples of " + classes + " outputs");
            }
            float[] targets = new float[targetCount];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = in.readFloat();
            }
            float[] scores = new float[Math.multiplyExact(count, classes)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = in.readFloat();
            }
            if (in.read() != -1) {
                throw new IOException(file + " is longer than its content");
            }
            return new Evaluation(dataName, labels, Predictions.of(scores, classes, kind), elapsed, task, targets);
        } catch (EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
    }
}
