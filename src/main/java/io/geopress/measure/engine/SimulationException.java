package io.geopress.measure.engine;

import io.geopress.model.GeopressException;

/** A simulation that cannot run as asked: a bad queries file, runs that cannot be compared, a spent budget. */
public final class SimulationException extends GeopressException {
    public SimulationException(String message) {
        super(message);
    }
}
