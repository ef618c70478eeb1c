package dev.modelspec.workbench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.modelspec.engine.ModelSpecConstants;
import dev.modelspec.engine.ModelSpecTestEngine;
import dev.modelspec.interop.GeneratedModels;
import java.nio.file.Path;
import org.assertj.core.api.Condition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture specs on generated exports through the engine, {@code ${modelspec.test.generated}}
 * pointing at them, and names the events they must produce.
 */
final class GeneratedSpecs {

    private GeneratedSpecs() {}

    /** Runs {@code spec} after generating {@code models}, caching under {@code cache} and reporting into {@code reports}. */
    static EngineExecutionResults run(Path cache, Path reports, Class<?> spec, String... models) {
        Path generated = null;
        for (String model : models) {
            generated = GeneratedModels.get(model).directory().getParent().getParent(); // <root>/<name>/<name>
        }
        return EngineTestKit.engine(new ModelSpecTestEngine())
                .configurationParameter("modelspec.test.generated", generated.toString())
                .configurationParameter(ModelSpecConstants.CACHE_DIR, cache.toString())
                .configurationParameter(ModelSpecConstants.REPORT_DIR, reports.toString())
                .selectors(selectClass(spec))
                .execute();
    }

    /** The test whose unique id ends in {@code idEnd}, passed. */
    static Condition<Event> passed(String idEnd) {
        return event(test(), idEndingIn(idEnd), finishedSuccessfully());
    }

    /** The test whose unique id ends in {@code idEnd}, failed with a message holding {@code messagePart}. */
    static Condition<Event> failed(String idEnd, String messagePart) {
        return event(test(), idEndingIn(idEnd), finishedWithFailure(message(m -> m.contains(messagePart))));
    }

    /** An event whose unique id ends in {@code suffix}. */
    static Condition<Event> idEndingIn(String suffix) {
        return uniqueId(new Condition<>(id -> id.toString().endsWith(suffix), "unique id ending in %s", suffix));
    }
}
