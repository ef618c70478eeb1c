package dev.modelspec.engine;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J's "No SLF4J providers were found" warning off the console of a project that has no
 * logging backend: without one SLF4J discards every log line anyway, so the warning only tells of
 * lines nobody asked for. A project that adds a backend (e.g. {@code slf4j-simple}) gets its logs as
 * configured, and {@code modelspec.progress=verbose} leaves SLF4J's warnings alone.
 */
final class QuietLogging {

    /** SLF4J's own switch for its internal reports: {@value}. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {}

    /**
     * Lowers SLF4J's internal reports to errors when no provider is on the classpath and the user
     * did not set {@value #SLF4J_VERBOSITY}. Must run before SLF4J starts, which discovery does not
     * make it do.
     *
     * @return whether it lowered them
     */
    static boolean withoutProviderWarning() {
        if (System.getProperty(SLF4J_VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
            return false;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()) {
            return false;
        }
        System.setProperty(SLF4J_VERBOSITY, "ERROR");
        return true;
    }
}
