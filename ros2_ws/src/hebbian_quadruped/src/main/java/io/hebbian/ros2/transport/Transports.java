package io.hebbian.ros2.transport;

import io.hebbian.ros2.transport.dds.DdsTransport;
import java.lang.reflect.InvocationTargetException;

/** Opens a middleware transport by id, for nodes started as their own process. */
public final class Transports {

    /** The rcljava transport's class, loaded by name because rcljava is only on some classpaths. */
    static final String RCLJAVA_CLASS = "io.hebbian.ros2.transport.rcljava.RclJavaTransport";

    private Transports() {
    }

    /**
     * @param id          {@code dds} or {@code rcljava} ({@code inproc} cannot span processes)
     * @param nodeName    ROS 2 node name
     * @param bindAddress {@code dds} only: interface address to bind, e.g. 127.0.0.1; null or blank for all
     * @throws IllegalArgumentException for an unknown id, or rcljava missing from the classpath
     */
    public static Transport open(String id, String nodeName, String bindAddress) {
        return switch (id) {
            case "dds" -> DdsTransport.create(nodeName, bindAddress);
            case "rcljava" -> openRclJava(nodeName);
            case "inproc" -> throw new IllegalArgumentException(
                    "transport inproc runs nodes in one JVM; use 'hebbian sim-run', or dds/rcljava for separate nodes");
            default -> throw new IllegalArgumentException("unknown transport '" + id + "'; expected dds or rcljava");
        };
    }

    private static Transport openRclJava(String nodeName) {
        try {
            Class.forName("org.ros2.rcljava.RCLJava");
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("transport rcljava: org.ros2.rcljava.RCLJava is not on the classpath; "
                    + "source your ros2_java workspace (install/setup.bash) and start with "
                    + "'java -cp hebbian.jar:$CLASSPATH ...' (see docs/ros2.md)");
        }
        try {
            return (Transport) Class.forName(RCLJAVA_CLASS).getConstructor(String.class).newInstance(nodeName);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            throw new IllegalStateException("transport rcljava failed to start: " + c, c);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("transport rcljava is not usable: " + e, e);
        }
    }
}
