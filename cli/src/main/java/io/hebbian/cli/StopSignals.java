package io.hebbian.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGINT (Ctrl-C) and SIGTERM as a stop request that a command's main thread waits for, instead of the JVM's
 * default (start shutdown at once, run hooks, exit 130 or 143). The main thread then stops its node in order and
 * returns its own exit code. A second signal while stopping gets the JVM's default handling (shutdown now).
 *
 * <p>Uses {@code sun.misc.Signal} (module jdk.unsupported) by reflection, so the build has no
 * proprietary-API warning. Where that class is missing nothing is installed and the caller's shutdown hook
 * stops the node (exit 130 or 143). With {@code -Xrs} the signals keep the OS default; a signal that was
 * ignored when the JVM started (as for {@code cmd &} in a script) stays ignored.
 */
final class StopSignals implements AutoCloseable {

    private static final String[] NAMES = {"INT", "TERM"};

    private final CountDownLatch requested = new CountDownLatch(1);
    private final Map<Object, Object> previous = new LinkedHashMap<>();
    private volatile String received;
    private Method handle;

    private StopSignals() {
    }

    /** Installs the handlers; {@link #close()} restores the previous ones. */
    static StopSignals install() {
        StopSignals s = new StopSignals();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            s.handle = signal.getMethod("handle", signal, handler);
            Method getName = signal.getMethod("getName");
            Method getNumber = signal.getMethod("getNumber");
            Object proxy = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler},
                    (p, m, args) -> switch (m.getName()) {
                        case "handle" -> {
                            s.onSignal((String) getName.invoke(args[0]), (Integer) getNumber.invoke(args[0]));
                            yield null;
                        }
                        case "equals" -> p == args[0];
                        case "hashCode" -> System.identityHashCode(p);
                        default -> "hebbian stop handler";
                    });
            for (String name : NAMES) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                try {
                    s.previous.put(sig, s.handle.invoke(null, sig, proxy));
                } catch (InvocationTargetException refused) {
                    // refused (-Xrs leaves it to the OS): the signal keeps its default effect
                }
            }
        } catch (ReflectiveOperationException | LinkageError | SecurityException unavailable) {
            // no sun.misc.Signal on this JVM: the caller's shutdown hook covers stops
        }
        return s;
    }

    private void onSignal(String name, int number) {
        if (requested.getCount() == 0) {
            // asked again while stopping: the user insists, shut down now (as the JVM's default would)
            Runtime.getRuntime().exit(128 + number);
        }
        received = "SIG" + name;
        requested.countDown();
    }

    /**
     * Waits for a stop signal.
     *
     * @return true once SIGINT or SIGTERM arrived, false after {@code millis} without one
     */
    boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The signal that asked to stop, e.g. {@code SIGINT}; null if none has. */
    String received() {
        return received;
    }

    /** Restores the handlers that were there before {@link #install()}. */
    @Override
    public void close() {
        previous.forEach((sig, before) -> {
            try {
                handle.invoke(null, sig, before);
            } catch (ReflectiveOperationException e) {
                // the VM refused to take it back: this handler stays; a later signal shuts down at once
            }
        });
        previous.clear();
    }
}
