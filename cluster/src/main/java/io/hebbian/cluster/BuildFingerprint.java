package io.hebbian.cluster;

import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.sim.physics.OdeRobot;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ode4j.ode.OdeHelper;

/**
 * What an episode's bits depend on besides its inputs: the JVM, the CPU architecture and the code
 * that runs the episode. Members of one run must agree on all three, or the same seed would give
 * different episodes on different members and a run would no longer be reproducible.
 *
 * <p>{@code code} is a SHA-256 over the class files and resources of the packages an episode runs
 * (controller, sim, evolution, ode4j), entry by entry in name order. It is the same for the shaded
 * command-line jar and for the module jars or class folders of one build, and does not change with
 * jar timestamps, so two machines that built the same commit with the same JDK agree.
 *
 * @param jvm  vendor and runtime version, e.g. {@code Eclipse Adoptium 17.0.13+11}
 * @param arch {@code os.arch}, e.g. {@code amd64}
 * @param code first 16 hex digits of the code hash
 */
record BuildFingerprint(String jvm, String arch, String code) implements Serializable {

    /** Package roots whose code and resources decide an episode, each with a class that lives there. */
    private static final List<Anchor> ANCHORS = List.of(
            new Anchor(HebbianNetwork.class, "io/hebbian/controller/"),
            new Anchor(OdeRobot.class, "io/hebbian/sim/"),
            new Anchor(TrainingProblem.class, "io/hebbian/evolution/"),
            new Anchor(OdeHelper.class, "org/ode4j/"));

    private record Anchor(Class<?> type, String prefix) {
    }

    private static volatile BuildFingerprint current;

    /** This JVM's fingerprint (computed once: it reads the code, ~0.2 s). */
    static BuildFingerprint current() {
        BuildFingerprint f = current;
        if (f == null) {
            f = new BuildFingerprint(System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.arch"), codeHash());
            current = f;
        }
        return f;
    }

    /** What differs from {@code other}, e.g. {@code "jvm X here vs Y"}; empty when they agree. */
    List<String> differences(BuildFingerprint other) {
        List<String> d = new ArrayList<>();
        if (!jvm.equals(other.jvm)) {
            d.add("JVM " + jvm + " vs " + other.jvm);
        }
        if (!arch.equals(other.arch)) {
            d.add("arch " + arch + " vs " + other.arch);
        }
        if (!code.equals(other.code)) {
            d.add("code " + code + " vs " + other.code);
        }
        return d;
    }

    @Override
    public String toString() {
        return jvm + ", " + arch + ", code " + code;
    }

    private static String codeHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Anchor a : ANCHORS) {
                Path where = Path.of(a.type().getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(where)) {
                    digestFolder(md, where, a.prefix());
                } else {
                    digestJar(md, where, a.prefix());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException("cannot fingerprint the build: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the build: " + e.getMessage(), e);
        }
    }

    private static void digestJar(MessageDigest md, Path jar, String prefix) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            List<JarEntry> entries = j.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .sorted((x, y) -> x.getName().compareTo(y.getName())).toList();
            for (JarEntry e : entries) {
                try (InputStream in = j.getInputStream(e)) {
                    entry(md, e.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void digestFolder(MessageDigest md, Path root, String prefix) throws IOException {
        Path base = root.resolve(prefix);
        if (!Files.isDirectory(base)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(base)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        List<String> names = files.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        for (String n : names) {
            entry(md, n, Files.readAllBytes(root.resolve(n)));
        }
    }

    private static void entry(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
    }
}
