package dev.modelspec.report.allure;

import dev.modelspec.report.ReportListener;
import java.util.Optional;

/** Finds out whether Allure is on the classpath, without touching any Allure class itself. */
public final class AllureReports {

    private static final String ALLURE = "io.qameta.allure.Allure";
    private static final String JUNIT_PLATFORM_LISTENER = "io.qameta.allure.junitplatform.AllureJunitPlatform";

    private AllureReports() {}

    /** The Allure bridge if Allure is on the classpath of ModelSpec's class loader. */
    public static Optional<ReportListener> listener() {
        return isOnClasspath(ALLURE) ? Optional.of(new AllureBridge()) : Optional.empty();
    }

    /**
     * Whether Allure's JUnit Platform listener, which turns {@code allure.parameter} report entries
     * into test parameters, is on the classpath: without it those entries only lengthen the
     * console of launchers that print every entry.
     */
    public static boolean readsParameterEntries() {
        return isOnClasspath(JUNIT_PLATFORM_LISTENER);
    }

    private static boolean isOnClasspath(String className) {
        try {
            Class.forName(className, false, AllureReports.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
