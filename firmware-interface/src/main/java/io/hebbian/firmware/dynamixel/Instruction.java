package io.hebbian.firmware.dynamixel;

/** Dynamixel Protocol 2.0 instruction bytes. */
public final class Instruction {
    public static final int PING = 0x01;
    public static final int READ = 0x02;
    public static final int WRITE = 0x03;
    public static final int REBOOT = 0x08;
    public static final int STATUS = 0x55;
    public static final int SYNC_READ = 0x82;
    public static final int SYNC_WRITE = 0x83;
    public static final int FAST_SYNC_READ = 0x8A;
    /** Broadcast id: every servo executes; only PING and (fast) sync read get replies. */
    public static final int BROADCAST = 0xFE;

    private Instruction() {
    }
}
