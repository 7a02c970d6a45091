package io.geopress.measure.retrieve;

import io.geopress.model.Lang;

/**
 * A few hundred characters of one article in one language, the unit that is indexed, embedded and given to the
 * answerer.
 *
 * @param document the index of its article in the corpus
 * @param ordinal its place among its article's passages in its language, from 0
 * @param hash what its embedding is kept under: the SHA-256 of the model's name and the text
 */
record Passage(int document, Lang lang, int ordinal, String text, String hash) {}
