package dev.modelspec.runtime;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.Optional;

/**
 * Keeps TensorFlow's C++ {@code I tensorflow/...} lines off the console: TensorFlow reads {@value
 * #VARIABLE} from the process environment when it first logs, so setting it before the natives
 * start is enough. A value the user set wins; set {@code TF_CPP_MIN_LOG_LEVEL=0} to see everything.
 */
final class NativeLogLevel {

    /** TensorFlow's C++ log threshold: 0 logs all, 1 warnings and errors, 2 errors, 3 nothing. */
    static final String VARIABLE = "TF_CPP_MIN_LOG_LEVEL";

    /** Warnings and errors only: no INFO lines. */
    static final String WARNINGS_AND_ERRORS = "1";

    private NativeLogLevel() {}

    /**
     * Sets {@value #VARIABLE} to {@value #WARNINGS_AND_ERRORS} in this process's environment unless it
     * has a value already.
     *
     * @return the level TensorFlow will use, if the environment has one
     */
    static Optional<String> applyDefault() {
        Optional<String> current = current();
        if (current.isPresent() || Platform.isWindows()) {
            return current;
        }
        libc("setenv").invokeInt(new Object[] {VARIABLE, WARNINGS_AND_ERRORS, 0});
        return current();
    }

    /** {@value #VARIABLE} as the natives see it (Java's {@link System#getenv()} is a copy made at start). */
    static Optional<String> current() {
        if (Platform.isWindows()) {
            return Optional.ofNullable(System.getenv(VARIABLE));
        }
        return Optional.ofNullable(libc("getenv").invokeString(new Object[] {VARIABLE}, false));
    }

    private static Function libc(String name) {
        return NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction(name);
    }
}
