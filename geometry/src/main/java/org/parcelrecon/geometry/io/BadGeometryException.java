package org.parcelrecon.geometry.io;

/** Thrown inside the readers when a geometry cannot become a parcel polygon; never leaves this package. */
final class BadGeometryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    BadGeometryException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }
}
