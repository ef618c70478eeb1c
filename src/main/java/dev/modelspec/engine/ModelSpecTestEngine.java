package dev.modelspec.engine;

import dev.modelspec.report.ReportCollector;
import dev.modelspec.report.ReportListener;
import dev.modelspec.report.allure.AllureReports;
import dev.modelspec.report.json.JsonReport;
import dev.modelspec.report.text.ConsoleReport;
import dev.modelspec.report.text.MarkdownSummary;
import dev.modelspec.workbench.TensorFlowWorkbench;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.store.Namespace;

/**
 * The {@code modelspec} test engine: every {@link dev.modelspec.api.ModelSpec} class becomes a
 * spec container with a baseline test and one container per recipe holding its tolerance checks
 * and {@link dev.modelspec.api.ModelTest} tests. Registered through {@code
 * META-INF/services/org.junit.platform.engine.TestEngine}.
 */
public final class ModelSpecTestEngine extends HierarchicalTestEngine<SpecContext> {

    private static final Namespace NAMESPACE = Namespace.create(ModelSpecTestEngine.class);

    private final WorkbenchFactory workbenchFactory;
    private final Function<ProgressMode, ProgressReporter> progress;

    /** The engine on the {@link TensorFlowWorkbench}, as the platform creates it. */
    public ModelSpecTestEngine() {
        this((configuration, progress) -> TensorFlowWorkbench.create(configuration.cacheDir(),
                configuration.latencyMeter(), progress),
                ProgressReporter::toConsole);
    }

    ModelSpecTestEngine(WorkbenchFactory workbenchFactory) {
        this(workbenchFactory, ProgressReporter::toConsole);
    }

    /** The engine with its progress printed by {@code progress} in the configured mode. */
    ModelSpecTestEngine(WorkbenchFactory workbenchFactory, Function<ProgressMode, ProgressReporter> progress) {
        this.workbenchFactory = workbenchFactory;
        this.progress = progress;
    }

    @Override
    public String getId() {
        return ModelSpecConstants.ENGINE_ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        EngineConfiguration configuration =
                new ConfigurationReader(request.getConfigurationParameters(), issues).read();
        if (configuration.progress() != ProgressMode.VERBOSE) {
            QuietLogging.withoutProviderWarning();
        }
        ModelSpecEngineDescriptor engine = new ModelSpecEngineDescriptor(uniqueId, configuration);
        EngineDiscoveryRequestResolver.<ModelSpecEngineDescriptor>builder()
                .addClassContainerSelectorResolver(SpecSelectorResolver::isSpecClass)
                .addSelectorResolver(context ->
                        new SpecSelectorResolver(context.getEngineDescriptor().getUniqueId(),
                                context.getClassNameFilter(), context.getIssueReporter(),
                                PathVariables.from(request.getConfigurationParameters())))
                .addTestDescriptorVisitor(context -> ModelSpecEngineDescriptor::orderBaselineFirst)
                .build()
                .resolve(request, engine, issues);
        return engine;
    }

    @Override
    protected SpecContext createExecutionContext(ExecutionRequest request) {
        ModelSpecEngineDescriptor engine = (ModelSpecEngineDescriptor) request.getRootTestDescriptor();
        WorkbenchSession session = request.getStore().computeIfAbsent(NAMESPACE, WorkbenchSession.class,
                key -> new WorkbenchSession(workbenchFactory, engine.configuration(),
                        progress.apply(engine.configuration().progress())), WorkbenchSession.class);
        return new SpecContext(request.getEngineExecutionListener(), session, engine.configuration(),
                new ReportCollector(engine.configuration().latency(), reports(engine.configuration()),
                        Clock.systemUTC()));
    }

    /** The console table, report.json, summary.md and, when Allure is on the classpath, the Allure bridge. */
    private static List<ReportListener> reports(EngineConfiguration configuration) {
        List<ReportListener> reports = new ArrayList<>(List.of(ConsoleReport.toConsole(),
                new JsonReport(configuration.reportDir()), new MarkdownSummary(configuration.reportDir())));
        AllureReports.listener().ifPresent(reports::add);
        return reports;
    }
}
