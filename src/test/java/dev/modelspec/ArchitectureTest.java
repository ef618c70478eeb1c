package dev.modelspec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies between ModelSpec's packages: data flows one way. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.modelspec");

    @Test
    void theRuntimeAndTheDataDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("dev.modelspec.runtime..", "dev.modelspec.data..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.model..", "dev.modelspec.recipe..",
                        "dev.modelspec.metrics..", "dev.modelspec.api..", "dev.modelspec.engine..",
                        "dev.modelspec.workbench..", "dev.modelspec.assertions..", "dev.modelspec.train..")
                .check(CLASSES);
    }

    @Test
    void theModelLayerKnowsNothingOfRecipesMetricsOrTheEngine() {
        noClasses().that().resideInAPackage("dev.modelspec.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.recipe..", "dev.modelspec.metrics..",
                        "dev.modelspec.api..", "dev.modelspec.engine..", "dev.modelspec.workbench..",
                        "dev.modelspec.assertions..", "dev.modelspec.train..")
                .check(CLASSES);
    }

    @Test
    void recipesAndMetricsNeverImportTheEngineOrTheApi() {
        noClasses().that().resideInAnyPackage("dev.modelspec.recipe..", "dev.modelspec.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.engine..", "dev.modelspec.api..",
                        "dev.modelspec.workbench..", "dev.modelspec.assertions..", "dev.modelspec.train..")
                .check(CLASSES);
    }

    @Test
    void theEngineRunsModelsOnlyThroughTheWorkbench() {
        noClasses().that().resideInAnyPackage("dev.modelspec.engine..", "dev.modelspec.api..", "dev.modelspec.assertions..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.model..",
                        "dev.modelspec.runtime..", "dev.modelspec.train..", "org.tensorflow..", "ai.djl..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("dev.modelspec.api..", "dev.modelspec.assertions..")
                .should().dependOnClassesThat().resideInAPackage("dev.modelspec.workbench..")
                .check(CLASSES);
    }

    @Test
    void theWorkbenchKnowsNothingOfTheEngineThatDrivesIt() {
        noClasses().that().resideInAPackage("dev.modelspec.workbench..")
                .should().dependOnClassesThat().resideInAPackage("dev.modelspec.engine..")
                .check(CLASSES);
    }

    @Test
    void noPackageDependsOnTheTrainerOfTheExampleBaselines() {
        noClasses().that().resideOutsideOfPackage("dev.modelspec.train..")
                .should().dependOnClassesThat().resideInAPackage("dev.modelspec.train..")
                .check(CLASSES);
    }
}
