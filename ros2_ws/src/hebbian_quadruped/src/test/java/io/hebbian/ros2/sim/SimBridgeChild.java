package io.hebbian.ros2.sim;

import io.hebbian.ros2.transport.DdsTestDomain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SimBridgeProcess} in its own JVM on the test DDS domain: the sim bridge for the Ant with
 * {@code model}, running {@code seconds} of real time, its stdout and stderr collected line by line.
 * Closing kills it if it is still running.
 */
final class SimBridgeChild implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private final List<String> out = new CopyOnWriteArrayList<>();

    private SimBridgeChild(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            } catch (IOException ignored) {
                // the child ended
            }
        });
        reader.start();
    }

    /** Writes the bridge's parameter file into {@code dir} and starts the child. */
    static SimBridgeChild start(Path dir, Path model, int seconds) throws IOException {
        Path params = dir.resolve("sim.yaml");
        Files.writeString(params, "sim_bridge:\n  ros__parameters:\n    robot: ant\n    model: " + model
                + "\n    real_time_factor: 1.0\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SimBridgeProcess.class.getName(), params.toString(), Integer.toString(seconds))
                .redirectErrorStream(true);
        pb.environment().put("ROS_DOMAIN_ID", Integer.toString(DdsTestDomain.ID));
        return new SimBridgeChild(pb.start());
    }

    /** The child's output so far (live view). */
    List<String> out() {
        return out;
    }

    /** Waits up to {@code seconds} for the child to end and its output to be read; false on a timeout. */
    boolean awaitExit(int seconds) throws InterruptedException {
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        reader.join(5000);
        return ended;
    }

    /** The child's {@code RESULT <distance> <commands>} line, fields split. */
    String[] result() {
        return out.stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no RESULT from the sim bridge: " + out)).split(" ");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
