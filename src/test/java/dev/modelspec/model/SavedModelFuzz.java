package dev.modelspec.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Opens mutated copies of a small SavedModel for a bounded time, in a JVM of its own so that a crash
 * of TensorFlow's natives is seen as one: {@code SavedModelFuzz model work seed seconds}. Each copy
 * has one file changed (bits flipped, cut short, extended or a 32-bit field overwritten with a huge
 * or negative number) and is opened, its signatures and variables listed and its weights read; the
 * time counts from after the unmutated model was read once. An
 * outcome is allowed when it succeeds or fails with a {@link ModelAccessException} that names the
 * copy's directory. Prints {@code try N: mutation} before each attempt, {@code problem N: …} for an
 * outcome that is not allowed, and {@code done N} at the end; exits 0 without problems, 1 with.
 */
public final class SavedModelFuzz {

    private static final List<String> FILES = List.of("saved_model.pb", "variables/variables.index",
            "variables/variables.data-00000-of-00001");

    private SavedModelFuzz() {}

    public static void main(String[] args) throws IOException {
        Path model = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        String unmutated = open(model);
        if (unmutated != null) {
            throw new IllegalStateException(model + " itself cannot be read: " + unmutated);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Long.parseLong(args[3])));
        int problems = 0;
        int attempt = 0;
        while (Instant.now().isBefore(deadline)) {
            attempt++;
            Path copy = work.resolve("fuzz-" + attempt);
            copy(model, copy);
            String file = FILES.get(random.nextInt(FILES.size()));
            String mutation = mutate(copy.resolve(file), random);
            System.out.println("try " + attempt + ": " + file + ", " + mutation);
            String problem = open(copy);
            if (problem != null) {
                problems++;
                System.out.println("problem " + attempt + ": " + file + ", " + mutation + ": " + problem);
            }
            deleteRecursively(copy);
        }
        System.out.println("done " + attempt);
        System.exit(problems == 0 ? 0 : 1);
    }

    private static String open(Path copy) {
        try (SavedModel opened = SavedModel.open(SavedModelReference.of(copy))) {
            opened.signatures();
            opened.variables();
            opened.readWeights();
            return null;
        } catch (ModelAccessException e) {
            return String.valueOf(e.getMessage()).contains(copy.toString()) ? null
                    : "the message does not name the model: " + e.getMessage();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return e.toString().lines().findFirst().orElse("");
        }
    }

    private static String mutate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int position = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
            case 0 -> {
                int bit = random.nextInt(8);
                bytes[position] ^= (byte) (1 << bit);
                Files.write(file, bytes);
                return "bit " + bit + " of byte " + position + " flipped";
            }
            case 1 -> {
                Files.write(file, Arrays.copyOf(bytes, position));
                return "cut to " + position + " bytes";
            }
            case 2 -> {
                byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(256));
                byte[] tail = new byte[longer.length - bytes.length];
                random.nextBytes(tail);
                System.arraycopy(tail, 0, longer, bytes.length, tail.length);
                Files.write(file, longer);
                return "extended by " + tail.length + " random bytes";
            }
            default -> {
                int value = List.of(Integer.MAX_VALUE, -1, 0x7F7F7F7F, random.nextInt()).get(random.nextInt(4));
                int at = Math.min(position, bytes.length - 4);
                ByteBuffer.wrap(bytes).putInt(at, value);
                Files.write(file, bytes);
                return "bytes " + at + ".." + (at + 3) + " set to " + value;
            }
        }
    }

    private static void copy(Path model, Path copy) throws IOException {
        Files.createDirectories(copy.resolve("variables"));
        for (String file : FILES) {
            Files.copy(model.resolve(file), copy.resolve(file));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
