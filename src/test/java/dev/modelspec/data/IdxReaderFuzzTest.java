package dev.modelspec.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated IDX files, raw and gzipped, from a seeded generator for a bounded time (system property
 * {@code modelspec.fuzz.seconds}, 3 by default): every read either succeeds with an image or label
 * count its bytes hold, or fails with an {@link IdxFormatException} that names the file; never
 * another exception, an {@link OutOfMemoryError} or a hang. The seed and mutation of a failure are
 * in its message.
 */
class IdxReaderFuzzTest {

    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("modelspec.fuzz.seconds", 3));
    private static final long SEED = Long.getLong("modelspec.fuzz.seed", 13);

    @TempDir
    Path work;

    @Test
    void everyMutatedFileIsReadOrRejectedWithTheFileNamed() throws IOException {
        Random random = new Random(SEED);
        byte[] pixels = new byte[5 * 4 * 3];
        random.nextBytes(pixels);
        List<byte[]> valid = List.of(IdxFixtures.idx(0x00000803, new int[] {5, 4, 3}, pixels),
                IdxFixtures.labels(1, 0, 9, 3, 3));
        List<String> problems = new ArrayList<>();
        Instant deadline = Instant.now().plus(BUDGET);
        int iterations = 0;
        while (Instant.now().isBefore(deadline) && iterations < 100_000) {
            iterations++;
            boolean images = random.nextBoolean();
            byte[] original = valid.get(images ? 0 : 1);
            Mutation mutation = Mutation.random(random, original.length);
            byte[] mutated = mutation.apply(original, random);
            boolean gzip = random.nextBoolean();
            Path file = IdxFixtures.write(work.resolve("fuzz-" + iterations + (gzip ? ".gz" : ".idx")),
                    gzip ? IdxFixtures.gzip(mutated) : mutated);
            String outcome = read(file, images);
            if (outcome != null) {
                problems.add("seed %d, iteration %d, %s, %s: %s".formatted(SEED, iterations, mutation,
                        gzip ? "gzipped" : "raw", outcome));
            }
            Files.delete(file);
        }
        assertThat(problems).as("after %d mutated files", iterations).isEmpty();
        assertThat(iterations).as("mutated files read").isGreaterThan(100);
    }

    /** Null when the outcome is allowed, else what went wrong. */
    private static String read(Path file, boolean images) {
        try {
            if (images) {
                IdxImages read = IdxReader.readImages(file);
                return (long) read.count() * read.rows() * read.cols() >= 0 ? null : "negative size";
            }
            IdxReader.readLabels(file).toArray();
            return null;
        } catch (IdxFormatException e) {
            return e.getMessage().contains(file.toString()) ? null : "message does not name the file: " + e.getMessage();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return e.toString();
        }
    }

    /** One change to a valid file: bits flipped, cut short, extended, or a header field overwritten. */
    private record Mutation(String kind, int position, int value) {

        static Mutation random(Random random, int length) {
            return switch (random.nextInt(4)) {
                case 0 -> new Mutation("flip", random.nextInt(length), 1 << random.nextInt(8));
                case 1 -> new Mutation("truncate", random.nextInt(length), 0);
                case 2 -> new Mutation("extend", length, 1 + random.nextInt(64));
                default -> new Mutation("header field", 4 * random.nextInt(4), switch (random.nextInt(4)) {
                    case 0 -> Integer.MAX_VALUE;
                    case 1 -> -1;
                    case 2 -> 1 << (16 + random.nextInt(15));
                    default -> random.nextInt();
                });
            };
        }

        byte[] apply(byte[] original, Random random) {
            byte[] bytes = Arrays.copyOf(original, Math.max(original.length, kind.equals("extend")
                    ? original.length + value : original.length));
            switch (kind) {
                case "flip" -> bytes[position] ^= (byte) value;
                case "truncate" -> bytes = Arrays.copyOf(original, position);
                case "extend" -> {
                    byte[] tail = new byte[value];
                    random.nextBytes(tail);
                    System.arraycopy(tail, 0, bytes, original.length, value);
                }
                default -> {
                    if (position + 4 <= bytes.length) {
                        ByteBuffer.wrap(bytes).putInt(position, value);
                    }
                }
            }
            return bytes;
        }

        @Override
        public String toString() {
            return kind + " at byte " + position + " (" + value + ")";
        }
    }
}
