package dev.modelspec.workbench;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.evaluation.Evaluation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Saves and loads an {@link Evaluation} as one binary file, so a rerun can reuse it: a magic
 * number, the data name, counts, output kind, task, labels, targets and scores.
 */
final class EvaluationStore {

    private static final int MAGIC = 0x4D534556; // "MSEV"
    private static final int VERSION = 2;

    private EvaluationStore() {}

    static void save(Evaluation evaluation, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Predictions predictions = evaluation.predictions();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
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
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The saved evaluation, or empty when there is none or it is unreadable (then it is recomputed). */
    static Optional<Evaluation> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            String dataName = in.readUTF();
            int count = in.readInt();
            int classes = in.readInt();
            OutputKind kind = OutputKind.valueOf(in.readUTF());
            long elapsed = in.readLong();
            TaskKind task = TaskKind.valueOf(in.readUTF());
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readInt();
            }
            int targetCount = in.readInt();
            if (targetCount != 0 && targetCount != count) {
                return Optional.empty();
            }
            float[] targets = new float[targetCount];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = in.readFloat();
            }
            float[] scores = new float[count * classes];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = in.readFloat();
            }
            return Optional.of(new Evaluation(dataName, labels, Predictions.of(scores, classes, kind), elapsed, task, targets));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
