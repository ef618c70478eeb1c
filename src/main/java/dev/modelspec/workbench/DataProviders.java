package dev.modelspec.workbench;

import dev.modelspec.data.DataProvider;
import dev.modelspec.data.LabeledData;
import java.lang.reflect.InvocationTargetException;

/** Creates the data providers a spec declares and loads their data. */
final class DataProviders {

    private DataProviders() {}

    static LabeledData load(Class<? extends DataProvider> type) {
        DataProvider provider;
        try {
            provider = type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The data provider " + type.getName() + " failed in its constructor: "
                    + e.getCause().getMessage() + "; fix the provider (its stack trace is this failure's cause)",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the data provider " + type.getName()
                    + ": it needs a public no-argument constructor", e);
        }
        LabeledData data;
        try {
            data = provider.load();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The data provider " + type.getName() + " failed to load its data: "
                    + e.getMessage(), e);
        }
        if (data == null || data.size() == 0) {
            throw new IllegalStateException("The data provider " + type.getName() + " returned no examples: make its "
                    + "load() return the examples to evaluate on");
        }
        return data;
    }
}
