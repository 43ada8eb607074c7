package dev.specgen.core;

import dev.specgen.core.diff.DiffReport;
import java.time.Duration;

/**
 * What a diff run found, and how long its stages took.
 *
 * @param report the changes, ready to render
 * @param parseTime the time spent reading both specs into API models
 * @param compareTime the time spent comparing the models, once both were read
 */
public record DiffResult(DiffReport report, Duration parseTime, Duration compareTime) {}
