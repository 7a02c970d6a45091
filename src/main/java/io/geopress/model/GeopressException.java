package io.geopress.model;

/** The root of geopress's failures; its message is one line that names the file, line, field or slug. */
public class GeopressException extends RuntimeException {
    public GeopressException(String message) {
        super(message);
    }

    public GeopressException(String message, Throwable cause) {
        super(message, cause);
    }
}
