package org.ros2.rcljava;

import org.ros2.rcljava.node.Node;

/** COMPILE-ONLY STUB of ros2_java's {@code RCLJava}: signatures only, never shipped. */
public final class RCLJava {
    private RCLJava() {
    }

    public static void rclJavaInit() {
        throw Stub.missing();
    }

    public static Node createNode(String nodeName) {
        throw Stub.missing();
    }

    public static void spin(Node node) {
        throw Stub.missing();
    }

    public static void spinSome(Node node) {
        throw Stub.missing();
    }

    public static boolean ok() {
        throw Stub.missing();
    }

    public static void shutdown() {
        throw Stub.missing();
    }
}
