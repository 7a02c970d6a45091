package io.geopress.llm;

/** One request to the endpoint failed; whether to try again is decided by the caller. */
final class AttemptFailure extends Exception {
    private final boolean retryable;
    private final String retryAfter;

    private AttemptFailure(String what, boolean retryable, String retryAfter) {
        super(what, null, false, false);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** A failure that may pass: a rate limit, a server error, a timeout, a connection that failed. */
    static AttemptFailure retryable(String what, String retryAfter) {
        return new AttemptFailure(what, true, retryAfter);
    }

    /** A failure that the same request would meet again: a bad request, a refused key, a reply that is not JSON. */
    static AttemptFailure fatal(String what) {
        return new AttemptFailure(what, false, null);
    }

    boolean retryable() {
        return retryable;
    }

    /** The server's Retry-After header as sent, or null. */
    String retryAfter() {
        return retryAfter;
    }
}
