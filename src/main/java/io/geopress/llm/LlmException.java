package io.geopress.llm;

import io.geopress.model.GeopressException;

/** No reply could be had from a language model; the message names the model, its host and what failed. */
public class LlmException extends GeopressException {
    public LlmException(String message) {
        super(message);
    }
}
