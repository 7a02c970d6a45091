package io.geopress.model;

/** Where an article is in its life (DESIGN.md §2): a draft, live, or taken off the site by an operator. */
public enum Status {
    DRAFT,
    PUBLISHED,
    /** Off the site: its address answers 410 Gone; only an explicit publish of its slug brings it back. */
    WITHDRAWN
}
