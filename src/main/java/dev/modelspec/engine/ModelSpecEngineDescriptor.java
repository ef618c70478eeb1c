package dev.modelspec.engine;

import java.io.IOException;
import java.util.Comparator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The engine's root: holds the configuration read at discovery. */
final class ModelSpecEngineDescriptor extends EngineDescriptor implements Node<SpecContext> {

    private final EngineConfiguration configuration;

    ModelSpecEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration) {
        super(uniqueId, "ModelSpec");
        this.configuration = configuration;
    }

    EngineConfiguration configuration() {
        return configuration;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }

    /**
     * Hands the run's report to the report writers, after every spec ran. Reports that cannot be
     * written fail no test: the results stand, and one warning says where the reports could not go.
     */
    @Override
    public void after(SpecContext context) {
        try {
            context.reports().runFinished();
        } catch (IOException e) {
            context.session().warning(("the reports could not be written to %s (%s); the test results stand: point "
                    + "%s at a writable directory to get report.json and summary.md")
                    .formatted(configuration.reportDir().toAbsolutePath(), e, ModelSpecConstants.REPORT_DIR));
        }
    }

    /** Puts each spec's baseline test before its recipes, however the selectors were ordered. */
    static void orderBaselineFirst(TestDescriptor descriptor) {
        if (descriptor instanceof SpecDescriptor) {
            descriptor.orderChildren(children -> children.stream()
                    .sorted(Comparator.comparing(child -> !(child instanceof BaselineDescriptor)))
                    .toList());
        }
    }
}
