package dev.specgen.core.diff;

/**
 * Whether a schema position takes part in requests and in responses. A property that is {@code readOnly}
 * in both versions is never sent by clients, so nothing under it can break a request; likewise
 * {@code writeOnly} and responses.
 */
record Visibility(boolean inRequest, boolean inResponse) {

    static final Visibility BOTH = new Visibility(true, true);

    /** The visibility of what is under a property, given both versions of the property. */
    static Visibility of(dev.specgen.core.model.Property older, dev.specgen.core.model.Property newer) {
        return new Visibility(!(older.readOnly() && newer.readOnly()), !(older.writeOnly() && newer.writeOnly()));
    }

    /** The visibility of a property that exists in one version only. */
    static Visibility of(dev.specgen.core.model.Property property) {
        return of(property, property);
    }

    boolean in(Direction direction) {
        return direction == Direction.REQUEST ? inRequest : inResponse;
    }

    Visibility and(Visibility inner) {
        if (inner.equals(BOTH)) {
            return this;
        }
        return new Visibility(inRequest && inner.inRequest, inResponse && inner.inResponse);
    }
}
