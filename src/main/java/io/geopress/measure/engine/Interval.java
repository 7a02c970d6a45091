package io.geopress.measure.engine;

/** An estimate with its 95% bootstrap interval (the 2.5th and 97.5th percentiles of the resampled estimates). */
public record Interval(double estimate, double low, double high) {}
