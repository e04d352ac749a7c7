package io.hebbian.cli;

import ch.qos.logback.classic.Level;
import io.hebbian.cluster.ClusterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** How {@code worker} and {@code evolve --cluster hazelcast} join a Hazelcast cluster. */
final class ClusterOptions {

    @Option(names = "--cluster-name", defaultValue = ClusterSettings.DEFAULT_NAME,
            description = "Cluster name; members with another name stay apart. Not a password (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--members", split = ",", paramLabel = "HOST[:PORT]",
            description = "Members to contact (TCP/IP join; multicast and auto-detection are off). Default: this machine only.")
    List<String> members = List.of();

    @Option(names = "--interface", paramLabel = "IP",
            description = "Private IP to bind and publish (default 127.0.0.1). Never a public address: Hazelcast has no authentication.")
    String bindInterface;

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on (default: first free from 5701).")
    Integer port;

    @Option(names = "--cluster-config", paramLabel = "FILE",
            description = "Hazelcast YAML or XML config instead of --members/--interface/--port (e.g. Kubernetes discovery).")
    Path configFile;

    /** The settings these options describe; Hazelcast's own logging is cut to warnings. */
    ClusterSettings settings() {
        quietHazelcastLogging();
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new Errors.UserException("--cluster-config: file not found: " + configFile);
        }
        return new ClusterSettings(clusterName, members, Optional.ofNullable(bindInterface),
                port == null ? OptionalInt.empty() : OptionalInt.of(port), Optional.ofNullable(configFile), Map.of());
    }

    private static void quietHazelcastLogging() {
        if (LoggerFactory.getLogger("com.hazelcast") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(Level.WARN);
        }
    }
}
