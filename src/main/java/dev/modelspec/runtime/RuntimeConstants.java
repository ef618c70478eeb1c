package dev.modelspec.runtime;

/** System properties and environment variables that steer the TensorFlow runtime. */
public final class RuntimeConstants {

    /**
     * Directory where the native libraries are extracted: {@value}. Falls back to the environment
     * variable {@code MODELSPEC_NATIVE_CACHE}, then to {@code ~/.cache/modelspec/natives}.
     */
    public static final String NATIVE_CACHE_DIR_PROPERTY = "modelspec.native.cache";

    /** Environment variable read when {@link #NATIVE_CACHE_DIR_PROPERTY} is not set: {@value}. */
    public static final String NATIVE_CACHE_DIR_ENV = "MODELSPEC_NATIVE_CACHE";

    /**
     * Directory holding TensorFlow's native libraries that DJL loads: {@value}. Set it yourself to
     * skip extraction and use libraries of your own.
     */
    public static final String LIBRARY_PATH_PROPERTY = "TENSORFLOW_LIBRARY_PATH";

    /**
     * JavaCPP's switch to load natives from the library path before extracting its own copy:
     * {@value}; set to {@code true} at start unless already set.
     */
    public static final String JAVACPP_PATHS_FIRST_PROPERTY = "org.bytedeco.javacpp.pathsFirst";

    /**
     * JavaCPP's own extraction directory: {@value}; set to {@code <native cache>/javacpp} at start
     * unless already set, instead of JavaCPP's default {@code ~/.javacpp/cache}.
     */
    public static final String JAVACPP_CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private RuntimeConstants() {}
}
