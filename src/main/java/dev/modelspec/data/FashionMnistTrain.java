package dev.modelspec.data;

/**
 * The Fashion-MNIST training set as a {@link DataProvider}, for {@code @ModelSpec(data =
 * FashionMnistTrain.class)}. See {@link FashionMnist} for where the data is looked for.
 */
public final class FashionMnistTrain implements DataProvider {

    /** Creates the provider; the data is read by {@link #load()}. */
    public FashionMnistTrain() {
    }

    /** Reads {@link FashionMnist#train()}, its classes named {@link FashionMnist#CLASS_NAMES}. */
    @Override
    public LabeledData load() {
        return FashionMnist.train().withClassNames(FashionMnist.CLASS_NAMES);
    }
}
