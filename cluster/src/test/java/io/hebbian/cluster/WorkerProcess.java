package io.hebbian.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link WorkerMain} in its own JVM, with its output parsed: joined yet, episodes run so far. */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final CountDownLatch joined = new CountDownLatch(1);
    private final AtomicInteger tasks = new AtomicInteger();
    private final Deque<String> tail = new ArrayDeque<>();

    private WorkerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts worker {@code k} of {@code t} with one evaluation thread and {@code delayMillis} per episode. */
    static WorkerProcess start(TestMembers t, int k, long delayMillis) throws IOException {
        return start(t, k, delayMillis, 1, "episodes");
    }

    /** Starts worker {@code k} with {@code threads} threads; mode {@code noop} runs no episodes. */
    static WorkerProcess start(TestMembers t, int k, long delayMillis, int threads, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(), t.clusterName,
                Integer.toString(t.ports.get(k)), String.join(",", t.memberList()), Integer.toString(threads),
                Long.toString(delayMillis), mode);
        pb.redirectErrorStream(true);
        return new WorkerProcess(pb.start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals("TASK")) {
                    tasks.incrementAndGet();
                } else if (line.startsWith("JOINED")) {
                    joined.countDown();
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 30) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process died; its exit is what the test looks at
        }
    }

    /** Waits until the worker is a cluster member. */
    void awaitJoined(long seconds) throws InterruptedException {
        if (!joined.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("worker did not join within " + seconds + " s; output: " + output());
        }
    }

    /** CPU time the worker JVM has used so far, in milliseconds (0 if the platform does not tell). */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L);
    }

    int tasks() {
        return tasks.get();
    }

    /** Waits until the worker has run at least {@code n} episodes. */
    void awaitTasks(int n, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (tasks.get() < n) {
            if (System.nanoTime() > end || !process.isAlive()) {
                throw new AssertionError("worker ran " + tasks.get() + " of " + n + " episodes; output: " + output());
            }
            Thread.sleep(5);
        }
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    List<String> output() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
