package dev.modelspec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
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
                        "dev.modelspec.workbench..", "dev.modelspec.assertions..")
                .check(CLASSES);
    }

    @Test
    void theModelLayerKnowsNothingOfRecipesMetricsOrTheEngine() {
        noClasses().that().resideInAPackage("dev.modelspec.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.recipe..", "dev.modelspec.metrics..",
                        "dev.modelspec.api..", "dev.modelspec.engine..", "dev.modelspec.workbench..",
                        "dev.modelspec.assertions..")
                .check(CLASSES);
    }

    @Test
    void recipesAndMetricsNeverImportTheEngineOrTheApi() {
        noClasses().that().resideInAnyPackage("dev.modelspec.recipe..", "dev.modelspec.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.engine..", "dev.modelspec.api..",
                        "dev.modelspec.workbench..", "dev.modelspec.assertions..")
                .check(CLASSES);
    }

    @Test
    void theEngineRunsModelsOnlyThroughTheWorkbench() {
        noClasses().that().resideInAnyPackage("dev.modelspec.engine..", "dev.modelspec.api..", "dev.modelspec.assertions..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.modelspec.model..",
                        "dev.modelspec.runtime..", "org.tensorflow..", "ai.djl..")
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
    void noPackageCycles() {
        slices().matching("dev.modelspec.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * What users write against holds still: besides its own types and the JDK's, {@code api} names
     * only interfaces users implement or read, enums, records, and immutable final classes.
     */
    @Test
    void theApiDependsOnlyOnValueTypes() {
        DescribedPredicate<JavaClass> valueTypes = DescribedPredicate.describe("interfaces, enums, records or "
                + "immutable final classes", type -> type.isInterface() || type.isEnum() || type.isRecord()
                        || type.isArray() || type.isPrimitive() || immutable(type));
        classes().that().resideInAPackage("dev.modelspec.api..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("dev.modelspec.api..",
                        "java..", "org.apiguardian..").or(valueTypes))
                .check(CLASSES);
    }

    private static boolean immutable(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.FINAL) && type.getAllFields().stream()
                .allMatch(field -> field.getModifiers().contains(JavaModifier.FINAL));
    }
}
