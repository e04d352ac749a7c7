package io.hebbian.firmware.config;

import java.util.Locale;

/** Supported servo protocols, with their default units. Config/CLI ids in {@link #id()}. */
public enum Protocol {
    /** Dynamixel Protocol 2.0, X series: 4096 ticks/rev, centre 2048, velocity 0.229 rpm/unit. */
    DYNAMIXEL2("dynamixel2", 1_000_000, new ServoUnits(4096 / (2 * Math.PI), 2048, 0.229 * 2 * Math.PI / 60), 0, 4095),
    /** Feetech STS/SMS (little-endian): 4096 steps/rev, centre 2048, velocity in steps/s. */
    FEETECH_STS("feetech-sts", 1_000_000, new ServoUnits(4096 / (2 * Math.PI), 2048, 2 * Math.PI / 4096), 0, 4095),
    /** Feetech SCS (big-endian): 1024 steps over 300 degrees, centre 512, velocity in steps/s. */
    FEETECH_SCS("feetech-scs", 1_000_000, new ServoUnits(1024 / Math.toRadians(300), 512, Math.toRadians(300) / 1024),
            0, 1023),
    /** Pololu Maestro, compact protocol: quarter-microseconds, centre 1500 us, 2000 us per pi rad. */
    MAESTRO("maestro", 115_200, new ServoUnits(4 * 2000 / Math.PI, 6000, 0), 2000, 12000);

    private final String id;
    private final int defaultBaud;
    private final ServoUnits defaultUnits;
    private final int minPositionUnits;
    private final int maxPositionUnits;

    Protocol(String id, int defaultBaud, ServoUnits defaultUnits, int minPositionUnits, int maxPositionUnits) {
        this.id = id;
        this.defaultBaud = defaultBaud;
        this.defaultUnits = defaultUnits;
        this.minPositionUnits = minPositionUnits;
        this.maxPositionUnits = maxPositionUnits;
    }

    /** The name used in config files and on the command line, e.g. {@code dynamixel2}. */
    public String id() {
        return id;
    }

    /** Baud rate used when the config gives none, bits/s. */
    public int defaultBaud() {
        return defaultBaud;
    }

    public ServoUnits defaultUnits() {
        return defaultUnits;
    }

    /**
     * Lowest raw position a servo of this protocol takes: Dynamixel X in position mode (Operating Mode 3) and
     * Feetech 0..4095 / 0..1023 (one turn, or SCS's 300 degrees); Maestro the bus's pulse clamp, 500 us.
     */
    public int minPositionUnits() {
        return minPositionUnits;
    }

    /** Highest raw position (see {@link #minPositionUnits()}): 4095, 1023, or 12000 quarter-microseconds. */
    public int maxPositionUnits() {
        return maxPositionUnits;
    }

    /** Parses a protocol id (case-insensitive; {@code _} and {@code -} interchangeable). */
    public static Protocol parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Protocol p : values()) {
            if (p.id.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + text
                + "': use one of dynamixel2, feetech-sts, feetech-scs, maestro");
    }

    @Override
    public String toString() {
        return id;
    }
}
