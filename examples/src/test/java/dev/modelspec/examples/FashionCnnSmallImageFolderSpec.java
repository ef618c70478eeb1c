package dev.modelspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.CompressionRecipe;
import dev.modelspec.api.ModelSpec;
import dev.modelspec.api.ModelTest;
import dev.modelspec.api.Tolerance;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.quantization.Quantization;

/**
 * The small CNN evaluated on an image folder, one sub-folder per class ({@link
 * FashionMnistImageFolder}: 1,000 PNGs, 100 per class). The folder names are the data's class names,
 * so report.json, the Allure per-class table and a failing class accuracy check name each class
 * ({@code 6 (Shirt)}) rather than number it.
 */
@ModelSpec(baseline = "models/fashion-cnn-small", data = FashionMnistImageFolder.class)
@Tolerance(maxAccuracyDrop = 0.01, maxClassAccuracyDrop = 0.03)
class FashionCnnSmallImageFolderSpec {

    @CompressionRecipe
    static Recipe int8() {
        return Recipe.of(Quantization.int8().perChannel());
    }

    @ModelTest
    void namesTheClassesAfterTheFolders(Baseline base) {
        assertThat(base.classNames()).contains(FashionMnistImageFolder.FOLDERS);
        assertThat(base.describeClass(6)).isEqualTo("6 (Shirt)");
    }
}
