package dev.modelspec.engine;

import static dev.modelspec.engine.SpecEvents.baseline;
import static dev.modelspec.engine.SpecEvents.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.fixtures.BaselineFromVariableSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code ${key}} in a baseline path, from configuration parameters or the environment. */
class PathVariablesTests {

    private static final String DECLARED = "@ModelSpec(baseline = \"${models}/fraud-v3\") on com.acme.FraudSpec";

    private static PathVariables variables(Map<String, String> parameters, Map<String, String> environment) {
        return new PathVariables(key -> Optional.ofNullable(parameters.get(key)), environment::get);
    }

    @Nested
    class Replaces {

        @Test
        void aConfigurationParameterBeforeTheEnvironment() {
            PathVariables variables = variables(Map.of("models", "/p"), Map.of("models", "/e", "MODELS", "/E"));

            assertThat(variables.resolve("${models}/fraud-v3", DECLARED)).isEqualTo("/p/fraud-v3");
        }

        @Test
        void anEnvironmentVariableAsSpelledThenInCapitalsWithUnderscores() {
            assertThat(variables(Map.of(), Map.of("models", "/e", "MODELS", "/E")).resolve("${models}/a", DECLARED))
                    .isEqualTo("/e/a");
            assertThat(variables(Map.of(), Map.of("MODELS_DIR", "/E")).resolve("${models.dir}/a-${run-id:-1}", DECLARED))
                    .isEqualTo("/E/a-1");
            assertThat(variables(Map.of(), Map.of("RUN_ID", "7")).resolve("${run-id:-1}", DECLARED)).isEqualTo("7");
        }

        @Test
        void everyVariableAndLeavesOtherTextAlone() {
            PathVariables variables = variables(Map.of("a", "x$1", "b", "y", "c", "${literal}"), Map.of());

            assertThat(variables.resolve("${a}/${b}/${a}/$HOME/c", DECLARED)).isEqualTo("x$1/y/x$1/$HOME/c");
            assertThat(variables.resolve("models/plain", DECLARED)).isEqualTo("models/plain");
            assertThat(variables.resolve("${c}", DECLARED)).as("values are not read again").isEqualTo("${literal}");
        }
    }

    @Nested
    class Rejects {

        @Test
        void anUnsetOrBlankKeyNamingItAndHowToSetIt() {
            assertThatThrownBy(() -> variables(Map.of("models", " "), Map.of()).resolve("${models}/fraud-v3", DECLARED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(DECLARED + " uses ${models}, which is not set (or blank): set the configuration parameter "
                            + "models (-Dmodels=/path on the command line, a models=/path line in junit-platform.properties, "
                            + "or Surefire's <configurationParameters>) or the environment variable MODELS, or give a "
                            + "fallback with ${models:-path}");
        }

        @Test
        void anEmptyOrUnclosedVariable() {
            PathVariables none = variables(Map.of(), Map.of());

            assertThatThrownBy(() -> none.resolve("${}/a", DECLARED)).hasMessageContaining("has an empty ${}");
            assertThatThrownBy(() -> none.resolve("${models/a", DECLARED)).hasMessageContaining("without its closing }");
        }
    }

    @Nested
    class InTheEngine {

        private final FakeWorkbench workbench = new FakeWorkbench();

        @Test
        void evaluatesTheBaselineWhereTheParameterPoints() {
            EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClass(BaselineFromVariableSpec.class))
                    .configurationParameter("modelspec.test.models", "models")
                    .execute().allEvents()
                    .assertThatEvents().haveExactly(1, baseline(BaselineFromVariableSpec.class).passed());

            assertThat(workbench.baselineRequests).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("models/fake-cnn");
                assertThat(request.savedModel()).endsWith(Path.of("models", "fake-cnn"));
            });
        }

        @Test
        void readsSystemPropertiesThroughJUnitsConfigurationParameters() {
            System.setProperty("modelspec.test.models", "models");
            try {
                EngineTestKit.engine(new ModelSpecTestEngine(workbench)).enableImplicitConfigurationParameters(true)
                        .selectors(selectClass(BaselineFromVariableSpec.class)).execute();
            } finally {
                System.clearProperty("modelspec.test.models");
            }

            assertThat(workbench.baselineRequests).singleElement()
                    .satisfies(request -> assertThat(request.name()).isEqualTo("models/fake-cnn"));
        }

        @Test
        void reportsAnUnsetKeyOnTheSpecAndRunsNothingOfIt() {
            String message = "@ModelSpec(baseline = \"${modelspec.test.models}/fake-cnn\") on "
                    + BaselineFromVariableSpec.class.getName() + " uses ${modelspec.test.models}, which is not set";

            var discovery = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClass(BaselineFromVariableSpec.class)).discover();
            var results = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClass(BaselineFromVariableSpec.class)).execute();

            assertThat(discovery.getDiscoveryIssues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.message()).startsWith(message);
                assertThat(issue.source()).contains(ClassSource.from(BaselineFromVariableSpec.class));
            });
            assertThat(results.testEvents().started().count()).isEqualTo(1);
            results.allEvents().assertThatEvents().haveExactly(1, invalid(BaselineFromVariableSpec.class, "class")
                    .failedWith(message + " (or blank): set the configuration parameter modelspec.test.models "
                            + "(-Dmodelspec.test.models=/path on the command line, a modelspec.test.models=/path line in "
                            + "junit-platform.properties, or Surefire's <configurationParameters>) or the environment "
                            + "variable MODELSPEC_TEST_MODELS, or give a fallback with ${modelspec.test.models:-path}"));
            assertThat(workbench.baselineRequests).isEmpty();
        }
    }
}
