package io.geopress.fetch;

import io.geopress.model.GeopressException;

/**
 * A page that could not be fetched, or that a fetch refused to ask for (an address inside this machine or its
 * network, a scheme other than http(s), robots.txt); one line naming the URL and why.
 */
public final class FetchException extends GeopressException {
    FetchException(String message) {
        super(message);
    }

    static FetchException at(String url, String what) {
        return new FetchException(url + ": " + what);
    }

    static FetchException refused(String what) {
        return new FetchException("refused: " + what);
    }
}
