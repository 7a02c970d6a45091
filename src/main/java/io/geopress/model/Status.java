package io.geopress.model;

public enum Status {
    DRAFT,
    PUBLISHED
}
