package dev.modelspec.runtime;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide TensorFlow runtime, started at most once.
 *
 * <p>{@link #start()} makes sure TensorFlow's native libraries are present in the cache directory
 * (see {@link RuntimeConstants}), points DJL at them through {@value
 * RuntimeConstants#LIBRARY_PATH_PROPERTY}, switches DJL to offline mode so that it never tries a
 * download, keeps TensorFlow's INFO lines quiet unless {@code TF_CPP_MIN_LOG_LEVEL} is set, and starts
 * DJL's TensorFlow engine. Call it before touching any {@code org.tensorflow}
 * class.
 */
public final class TensorFlowRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(TensorFlowRuntime.class);
    private static volatile Engine engine;

    private TensorFlowRuntime() {}

    /**
     * Starts the runtime if it is not running yet.
     *
     * @return DJL's TensorFlow engine
     * @throws IllegalStateException if this platform has no native libraries on the classpath
     */
    public static Engine start() {
        Engine started = engine;
        if (started == null) {
            synchronized (TensorFlowRuntime.class) {
                started = engine;
                if (started == null) {
                    started = startEngine();
                    engine = started;
                }
            }
        }
        return started;
    }

    /** The directory the native libraries are extracted to when no library path is set. */
    public static Path nativeCacheDirectory() {
        String configured = Optional.ofNullable(System.getProperty(RuntimeConstants.NATIVE_CACHE_DIR_PROPERTY))
                .orElse(System.getenv(RuntimeConstants.NATIVE_CACHE_DIR_ENV));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "modelspec", "natives");
    }

    private static Engine startEngine() {
        System.setProperty("ai.djl.offline", "true");
        LOG.debug("TensorFlow logs at {}={}", NativeLogLevel.VARIABLE,
                NativeLogLevel.applyDefault().orElse("(TensorFlow's default)"));
        loadNativesFromTheLibraryPathOnly();
        if (configuredLibraryPath().isEmpty()) {
            NativePlatform platform = NativePlatform.current();
            if (!platform.isOnClasspath()) {
                throw new IllegalStateException(platform.missingJarMessage());
            }
            long begin = System.nanoTime();
            Path directory = new NativeLibraryCache(nativeCacheDirectory(), platform).ensureExtracted();
            System.setProperty(RuntimeConstants.LIBRARY_PATH_PROPERTY, directory.toString());
            LOG.debug("TensorFlow natives ready in {} ({} ms)", directory, (System.nanoTime() - begin) / 1_000_000);
        }
        return Engine.getEngine("TensorFlow");
    }

    /**
     * TensorFlow Java loads its natives through JavaCPP, which by default extracts them from the
     * native jar a second time, into {@code ~/.javacpp/cache}, and loads that copy beside the one in
     * the library path. Searching the library path first makes it load the libraries there; its own
     * cache, should it ever extract anything, goes under the native cache directory too. Settings
     * the user made stay.
     */
    private static void loadNativesFromTheLibraryPathOnly() {
        if (System.getProperty(RuntimeConstants.JAVACPP_PATHS_FIRST_PROPERTY) == null) {
            System.setProperty(RuntimeConstants.JAVACPP_PATHS_FIRST_PROPERTY, "true");
        }
        if (System.getProperty(RuntimeConstants.JAVACPP_CACHE_DIR_PROPERTY) == null) {
            System.setProperty(RuntimeConstants.JAVACPP_CACHE_DIR_PROPERTY,
                    nativeCacheDirectory().resolve("javacpp").toString());
        }
    }

    private static Optional<String> configuredLibraryPath() {
        String property = System.getProperty(RuntimeConstants.LIBRARY_PATH_PROPERTY);
        if (property == null || property.isBlank()) {
            property = System.getenv(RuntimeConstants.LIBRARY_PATH_PROPERTY);
        }
        return Optional.ofNullable(property).filter(p -> !p.isBlank());
    }
}
