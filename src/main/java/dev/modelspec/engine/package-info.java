/**
 * The {@code modelspec} JUnit Platform test engine: discovers {@link dev.modelspec.api.ModelSpec}
 * classes, evaluates baselines and candidates through a {@link dev.modelspec.workbench.Workbench}, and
 * reports every tolerance and {@link dev.modelspec.api.ModelTest} as a test.
 */
package dev.modelspec.engine;
