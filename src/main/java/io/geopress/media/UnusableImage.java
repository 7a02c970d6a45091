package io.geopress.media;

/** Why a local image was left out of the media store: its message ends a one-line warning naming the figure. */
final class UnusableImage extends Exception {
    UnusableImage(String reason) {
        super(reason, null, false, false);
    }
}
