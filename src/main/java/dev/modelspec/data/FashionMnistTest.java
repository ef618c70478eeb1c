package dev.modelspec.data;

/**
 * The Fashion-MNIST test set as a {@link DataProvider}, for {@code @ModelSpec(data =
 * FashionMnistTest.class)}. See {@link FashionMnist} for where the data is looked for.
 */
public final class FashionMnistTest implements DataProvider {

    /** Creates the provider; the data is read by {@link #load()}. */
    public FashionMnistTest() {
    }

    /** Reads {@link FashionMnist#test()}, its classes named {@link FashionMnist#CLASS_NAMES}. */
    @Override
    public LabeledData load() {
        return FashionMnist.test().withClassNames(FashionMnist.CLASS_NAMES);
    }
}
