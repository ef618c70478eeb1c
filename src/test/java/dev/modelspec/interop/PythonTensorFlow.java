package dev.modelspec.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Python TensorFlow as a second consumer of the models the tests export: one worker process
 * ({@code src/test/python/modelspec_worker.py}) per test JVM, asked one JSON line at a time.
 *
 * <p>The interpreter is {@code -Dmodelspec.python}, else {@code $MODELSPEC_PYTHON}, else {@code
 * python3}; it needs {@code tensorflow-cpu==2.21.0} and {@code keras==3.15.1} (.ci/run installs them
 * into a venv). Without it, tests that need it are skipped with the reason, except under {@code
 * CI=true}, where its absence fails them.
 */
public final class PythonTensorFlow {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Optional<PythonTensorFlow> instance;
    private static String unavailableBecause;

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;

    private PythonTensorFlow(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The worker, started on first use; skips the calling test when Python TensorFlow is missing
     * (fails it under {@code CI=true}).
     */
    public static synchronized PythonTensorFlow require() {
        if (instance == null) {
            instance = start();
        }
        if (instance.isEmpty()) {
            String reason = "Python TensorFlow is not available (" + unavailableBecause + "); install it with "
                    + "python3 -m venv V && V/bin/pip install tensorflow-cpu==2.21.0 keras==3.15.1 and run with "
                    + "-Dmodelspec.python=V/bin/python";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(reason + ". Under CI=true the interoperability tests must run.");
            }
            Assumptions.abort(reason);
        }
        return instance.get();
    }

    /** Sends one request and returns its answer; an {@code error} answer fails with Python's words. */
    public synchronized JsonNode ask(ObjectNode request) {
        try {
            requests.write(JSON.writeValueAsString(request));
            requests.newLine();
            requests.flush();
            String line;
            do {
                line = replies.readLine();
                if (line == null) {
                    throw new IllegalStateException("The Python worker ended while answering " + request);
                }
            } while (!line.startsWith("{"));
            JsonNode answer = JSON.readTree(line);
            if (answer.has("error")) {
                throw new PythonError(request.get("op").asText() + " failed in Python: " + answer.get("error").asText()
                        + System.lineSeparator() + answer.path("trace").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot talk to the Python worker", e);
        }
    }

    /** A new request of kind {@code op}. */
    public static ObjectNode request(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    /** What Python said when a request failed. */
    public static final class PythonError extends RuntimeException {
        PythonError(String message) {
            super(message);
        }
    }

    private static Optional<PythonTensorFlow> start() {
        String python = Optional.ofNullable(System.getProperty("modelspec.python")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("MODELSPEC_PYTHON")).filter(s -> !s.isBlank()))
                .orElse("python3");
        Path scripts = scriptDirectory();
        List<String> command = new ArrayList<>(List.of(python, scripts.resolve("modelspec_worker.py").toString()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("PYTHONPATH", scripts.toString());
            builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
            builder.environment().put("CUDA_VISIBLE_DEVICES", "");
            PythonTensorFlow worker = new PythonTensorFlow(builder.start());
            Runtime.getRuntime().addShutdownHook(new Thread(worker::stop));
            JsonNode version = worker.ask(request("ping"));
            if (!version.path("tensorflow").asText().startsWith("2.")) {
                unavailableBecause = python + " answered " + version;
                worker.stop();
                return Optional.empty();
            }
            return Optional.of(worker);
        } catch (IOException | RuntimeException e) {
            unavailableBecause = python + ": " + e.getMessage();
            return Optional.empty();
        }
    }

    /** {@code src/test/python} of this checkout. */
    static Path scriptDirectory() {
        Path scripts = Path.of("src/test/python").toAbsolutePath();
        if (!Files.isRegularFile(scripts.resolve("modelspec_worker.py"))) {
            throw new IllegalStateException("Run the tests from the project directory: " + scripts + " is missing");
        }
        return scripts;
    }

    private void stop() {
        try {
            requests.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
