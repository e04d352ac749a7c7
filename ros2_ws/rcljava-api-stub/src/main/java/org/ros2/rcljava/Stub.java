package org.ros2.rcljava;

/** COMPILE-ONLY STUB helper: the error every stub method throws. */
public final class Stub {
    private Stub() {
    }

    public static UnsupportedOperationException missing() {
        return new UnsupportedOperationException("rcljava-api-stub is compile-only: put the real ros2_java jars "
                + "on the classpath (source your ros2_java workspace and run java -cp hebbian.jar:$CLASSPATH ...)");
    }
}
