package io.geopress.enrich;

/** A step produced nothing usable; the message is one problem line naming the step. */
class StepFailed extends RuntimeException {
    StepFailed(String message) {
        super(message);
    }

    /** The article's token budget is spent: no further call is made for it. */
    static final class BudgetSpent extends StepFailed {
        BudgetSpent(String message) {
            super(message);
        }
    }
}
