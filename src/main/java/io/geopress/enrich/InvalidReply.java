package io.geopress.enrich;

/** A model reply that does not have the shape or content a step asked for; the message says what is wrong. */
final class InvalidReply extends Exception {
    InvalidReply(String message) {
        super(message);
    }
}
