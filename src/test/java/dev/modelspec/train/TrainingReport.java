package dev.modelspec.train;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link Trainer#fit} run did.
 *
 * @param steps the number of optimizer steps taken
 * @param epochMeanLosses the mean training loss of each epoch, in order
 * @param elapsed the wall-clock time of the run
 */
public record TrainingReport(long steps, List<Float> epochMeanLosses, Duration elapsed) {

    /** Copies the losses. */
    public TrainingReport {
        epochMeanLosses = List.copyOf(epochMeanLosses);
    }
}
