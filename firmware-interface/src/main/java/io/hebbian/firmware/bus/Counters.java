package io.hebbian.firmware.bus;

/** Mutable error counters kept by a bus implementation; {@link #snapshot()} gives the public value. */
public final class Counters {
    public long transactions;
    public long timeouts;
    public long checksumErrors;
    public long framingErrors;
    public long discardedBytes;
    public long statusErrors;
    public long alerts;
    public long disconnects;

    /** An immutable copy, adding the parser's own counts. */
    public BusCounters snapshot(long parserChecksumErrors, long parserFramingErrors, long parserDiscarded) {
        return new BusCounters(transactions, timeouts, checksumErrors + parserChecksumErrors,
                framingErrors + parserFramingErrors, discardedBytes + parserDiscarded, statusErrors, alerts,
                disconnects);
    }
}
