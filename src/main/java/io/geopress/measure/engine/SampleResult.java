package io.geopress.measure.engine;

import io.geopress.measure.score.AnswerScore;

/** One sampled answer to a query and its score; {@code score.sources()} are in the order of the query's sources. */
public record SampleResult(int sample, String answer, AnswerScore score) {}
