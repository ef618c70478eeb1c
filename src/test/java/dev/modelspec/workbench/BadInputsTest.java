package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.modelspec.data.IdxLabels;
import dev.modelspec.data.IdxWriter;
import dev.modelspec.engine.ModelSpecTestEngine;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.workbench.fixtures.RacingRunsSpec;
import dev.modelspec.workbench.fixtures.bad.NoMatchingLayerSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The catalogue of bad models and data on the real workbench: each fails its own baseline node with
 * a message that names the model or data and says what to do, its recipe is skipped with a pointer
 * to that node, no other node fails, and a good spec in the same run passes.
 */
class BadInputsTest {

    static final Path SMALL_CNN = Path.of("examples/models/fashion-cnn-small");
    static final Path BAD = Path.of("target/bad-inputs");

    @TempDir
    static Path cache;

    @TempDir
    Path reports;

    @BeforeAll
    static void breakCopiesOfTheSmallCnn() throws IOException {
        deleteRecursively(BAD);
        Files.createDirectories(BAD);
        Path noVariables = copy("no-variables");
        deleteRecursively(noVariables.resolve("variables"));
        Files.delete(copy("no-index").resolve("variables/variables.index"));
        Files.delete(copy("missing-shard").resolve("variables/variables.data-00000-of-00001"));
        Files.delete(copy("no-graph").resolve("saved_model.pb"));
        truncate(copy("truncated-variables").resolve("variables/variables.data-00000-of-00001"), 1000);
        truncate(copy("truncated-graph").resolve("saved_model.pb"), 500);
        Path garbage = copy("garbage-graph").resolve("saved_model.pb");
        byte[] random = new byte[(int) Files.size(garbage)];
        new Random(13).nextBytes(random);
        Files.write(garbage, random);
        Files.write(copy("empty-index").resolve("variables/variables.index"), new byte[0]);
        Path flipped = copy("flipped-variables").resolve("variables/variables.data-00000-of-00001");
        byte[] data = Files.readAllBytes(flipped);
        data[data.length / 2] ^= 0x40;
        Files.write(flipped, data);
        Files.writeString(BAD.resolve("not-idx-images"), "pixels,label\n0,0\n");
        IdxWriter.writeLabels(BAD.resolve("labels"), IdxLabels.of("labels", 1, 2, 3));
        try (SavedModel model = SavedModel.open(SavedModelReference.of(SMALL_CNN.toAbsolutePath()))) {
            WeightSet weights = model.readWeights();
            weights.get("dense/kernel").tensor().values()[17] = Float.NaN;
            model.writeWeights(weights);
            model.exportTo(BAD.resolve("nan-weights").toAbsolutePath(), ExportOptions.asIs());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NoVariablesSpec        | target/bad-inputs/no-variables has no variables/variables.index: it is incomplete, re-export it",
        "NoIndexSpec            | target/bad-inputs/no-index has no variables/variables.index: it is incomplete, re-export it",
        "MissingShardSpec       | target/bad-inputs/missing-shard has no variables/variables.data-* file: it is incomplete, re-export it",
        "NoGraphSpec            | target/bad-inputs/no-graph: saved_model.pb is missing. Point the baseline at a directory written by tf.saved_model.save or Keras model.save/export.",
        "TruncatedVariablesSpec | target/bad-inputs/truncated-variables is truncated or damaged (TensorFlow: Read less bytes than requested): re-export it",
        "TruncatedGraphSpec     | target/bad-inputs/truncated-graph is truncated or damaged (TensorFlow: Read less bytes than requested): re-export it",
        "NanWeightsSpec         | target/bad-inputs/nan-weights outputs NaN or infinite scores: its variable dense/kernel holds 1 NaN or infinite value; fix the weights",
        "LabelsOutOfRangeSpec   | the data bad/label-twelve labels example 5 as class 12, but the SavedModel at",
        "WrongShapeSpec         | the data bad/thirty-two-square gives examples of shape [32, 32, 1] (1024 values each), but the SavedModel at",
        "NanPixelSpec           | the data bad/nan-pixel has a NaN input in example 7 (value 4 of 784): fix the data provider or its preprocessing",
        "InfinitePixelSpec      | the data bad/infinite-pixel has an infinite input in example 0 (value 1 of 784): fix the data provider",
        "MissingDirectorySpec   | no directory target/bad-inputs/does-not-exist under the working directory",
        "VariablesDirectorySpec | fashion-cnn-small/variables: saved_model.pb is missing. Point the baseline at a directory written by",
        "WrongSignatureSpec     | fashion-cnn-small has no signature 'predict'; it has [serving_default, train]. Choose one of these as the signature key: @ModelSpec(signature = …)",
        "WrongTagsSpec          | fashion-cnn-small with tags [train]: it has the tag sets [[serve]]. Choose one of these: @ModelSpec(tags = …)",
        "GarbageGraphSpec       | target/bad-inputs/garbage-graph has a saved_model.pb that is no SavedModel graph (TensorFlow: Can't parse ",
        "EmptyIndexSpec         | target/bad-inputs/empty-index is truncated or damaged (TensorFlow: file is too short to be an sstable",
        "FlippedVariablesSpec   | target/bad-inputs/flipped-variables is truncated or damaged (TensorFlow: TensorBundle at ",
        "NoExamplesSpec         | The data provider dev.modelspec.workbench.fixtures.bad.BadData$NoExamples returned no examples: make its load() return the examples to evaluate on",
        "ThrowingDataSpec       | The data provider dev.modelspec.workbench.fixtures.bad.BadData$Throwing failed in its constructor: cannot open data/images.bin; fix the provider",
        "NotIdxDataSpec         | The data provider dev.modelspec.workbench.fixtures.bad.BadData$NotIdx failed to load its data: target/bad-inputs/not-idx-images: not an IDX file: magic number 0x70697865, expected 0x00000803; point the data at an MNIST-style IDX file",
        "MissingIdxDataSpec     | The data provider dev.modelspec.workbench.fixtures.bad.BadData$MissingIdx failed to load its data: target/bad-inputs/missing-images: no such file (looked at ",
        "NegativeLabelSpec      | the data bad/negative-label labels example 3 as class -1, but the SavedModel at",
    })
    void failsOnItsBaselineInTheUsersWordsWhileAGoodSpecPasses(String spec, String expected) throws Exception {
        Class<?> bad = Class.forName("dev.modelspec.workbench.fixtures.bad." + spec);

        Events events = run(bad);

        events.assertThatEvents()
                .haveExactly(1, event(test(idEndingIn(bad, "/[baseline:baseline]")),
                        finishedWithFailure(message(m -> m.contains(expected)))))
                .haveExactly(1, event(container(idEndingIn(bad, "/[recipe:magnitude50]")),
                        skippedWithReason(reason -> reason.startsWith("not run: the baseline failed (see "
                                + "[baseline:baseline] of " + spec + ": baseline "))));
        assertThat(events.failed().count()).as("only the baseline node fails").isEqualTo(1);
        assertThat(goodSpecPasses(events)).as("the good spec's tests pass").isEqualTo(4);
    }

    @Test
    void aBrokenRecipeFailsItsOwnNodeWhileItsBaselineTheGoodRecipeAndTheGoodSpecPass() {
        Events events = run(NoMatchingLayerSpec.class);

        events.assertThatEvents()
                .haveExactly(1, event(container(idEndingIn(NoMatchingLayerSpec.class, "/[recipe:conv9]")),
                        finishedWithFailure(message(m -> m.startsWith("recipe conv9 failed: layers(\"conv9\") matches "
                                + "none of the model's prunable layers [") && m.endsWith("]: fix the regular expression "
                                + "(it is searched for in each variable's name)")))))
                .haveExactly(1, event(container(idEndingIn(NoMatchingLayerSpec.class, "/[recipe:forgotten]")),
                        finishedWithFailure(message(m -> m.contains("@CompressionRecipe method "
                                + NoMatchingLayerSpec.class.getName() + ".forgotten() returned null; return a Recipe")))))
                .haveExactly(1, event(test(idEndingIn(NoMatchingLayerSpec.class, "/[baseline:baseline]")),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(idEndingIn(NoMatchingLayerSpec.class,
                        "/[recipe:magnitude50]/[check:accuracy-drop]")), finishedSuccessfully()));
        assertThat(events.failed().count()).as("only the two recipes fail").isEqualTo(2);
        assertThat(goodSpecPasses(events)).isEqualTo(4);
    }

    private static long goodSpecPasses(Events events) {
        return events.succeeded().filter(e -> e.getTestDescriptor().isTest() && e.getTestDescriptor().getUniqueId()
                .toString().contains(RacingRunsSpec.class.getName())).count();
    }

    private Events run(Class<?> bad) {
        return EngineTestKit.engine(new ModelSpecTestEngine())
                .selectors(selectClass(bad), selectClass(RacingRunsSpec.class))
                .configurationParameter("modelspec.cache.dir", cache.toString())
                .configurationParameter("modelspec.report.dir", reports.toString())
                .execute()
                .allEvents();
    }

    private static Condition<Event> idEndingIn(Class<?> spec, String suffix) {
        String ending = "[spec:" + spec.getName() + "]" + suffix;
        return uniqueId(new Condition<>(id -> id.toString().endsWith(ending), "unique id ending in %s", ending));
    }

    private static Path copy(String name) throws IOException {
        Path target = BAD.resolve(name);
        try (Stream<Path> files = Files.walk(SMALL_CNN)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(SMALL_CNN.relativize(file).toString()));
            }
        }
        return target;
    }

    private static void truncate(Path file, int bytes) throws IOException {
        byte[] content = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(content, bytes));
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
