package io.geopress.model;

import java.time.OffsetDateTime;

/** What a list of articles shows of one: enough to link to it, without its body. */
public record Listing(String slug, Bilingual title, Bilingual summary, OffsetDateTime publishedAt) {}
