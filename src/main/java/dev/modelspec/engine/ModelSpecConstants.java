package dev.modelspec.engine;

/**
 * Configuration parameters of the {@code modelspec} engine (set them as JUnit Platform
 * configuration parameters, e.g. Surefire {@code <configurationParameters>}, {@code
 * junit-platform.properties} or {@code -D} system properties).
 */
public final class ModelSpecConstants {

    /** The engine id: {@value}. */
    public static final String ENGINE_ID = "modelspec";

    /** Where workbenches may cache converted models and data: {@value}, default {@code target/modelspec/cache}. */
    public static final String CACHE_DIR = "modelspec.cache.dir";

    /** Where workbenches write candidates and reports: {@value}, default {@code target/modelspec}. */
    public static final String REPORT_DIR = "modelspec.report.dir";

    /**
     * Evaluate only the first N examples of every spec's data: {@value}, a positive integer,
     * default all. A spec's {@code dataLimit} and this limit combine to the smaller one.
     */
    public static final String EVAL_LIMIT = "modelspec.eval.limit";

    /** Replace the seed of every recipe: {@value}, a long, default each recipe's own seed. */
    public static final String SEED = "modelspec.seed";

    /** Examples per inference batch: {@value}, a positive integer, default 256. */
    public static final String BATCH_SIZE = "modelspec.batch.size";

    /**
     * When reports show latency: {@value}, one of {@code auto} (default: only where a check or test
     * already measured it), {@code always} (measure every candidate, seconds each) or {@code never}.
     */
    public static final String LATENCY = "modelspec.latency";

    /**
     * How much progress the engine prints: {@value}, one of {@code auto} (default: starts, ends and
     * verdicts; phases of long work now and then), {@code quiet} (only the results table and
     * failures) or {@code verbose} (every phase). TensorFlow's own INFO lines are off unless the
     * environment variable {@code TF_CPP_MIN_LOG_LEVEL} says otherwise (e.g. {@code 0}).
     */
    public static final String PROGRESS = "modelspec.progress";

    private ModelSpecConstants() {}
}
