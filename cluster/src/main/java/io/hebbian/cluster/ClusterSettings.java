package io.hebbian.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a member joins the evaluation cluster. Either explicit TCP/IP settings (member list,
 * interface, port) or a Hazelcast YAML/XML file; multicast, auto-detection and phone-home are
 * always off, and without an interface the member binds to loopback only.
 *
 * @param clusterName   cluster name; members with another name never join (not a password)
 * @param members       {@code host[:port]} of members to contact; empty means loopback only
 * @param bindInterface IP address to bind and publish; required when a member is not on loopback
 * @param port          port to listen on; empty means 5701 and upwards (the first free one)
 * @param configFile    Hazelcast YAML or XML file that replaces members, interface and port
 * @param properties    extra Hazelcast properties (e.g. failure-detector timeouts), applied last
 */
public record ClusterSettings(String clusterName, List<String> members, Optional<String> bindInterface,
                              OptionalInt port, Optional<Path> configFile, Map<String, String> properties) {

    /** Default cluster name. */
    public static final String DEFAULT_NAME = "hebbian";

    public ClusterSettings {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("cluster name must not be blank, got '" + clusterName + "'");
        }
        members = List.copyOf(members);
        for (String m : members) {
            if (m.isBlank() || m.contains(" ")) {
                throw new IllegalArgumentException("member must be host or host:port, got '" + m + "'");
            }
        }
        if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
            throw new IllegalArgumentException("port must be within 1..65535, got " + port.getAsInt());
        }
        if (configFile.isPresent() && (!members.isEmpty() || bindInterface.isPresent() || port.isPresent())) {
            throw new IllegalArgumentException("a Hazelcast config file replaces --members, --interface and --port; "
                    + "give either the file or those options, got both");
        }
        properties = Map.copyOf(properties);
    }

    /** Loopback-only settings for cluster {@code name}. */
    public static ClusterSettings loopback(String name) {
        return new ClusterSettings(name, List.of(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Map.of());
    }

    /** A copy with the member list {@code list} ({@code host[:port]} each). */
    public ClusterSettings withMembers(List<String> list) {
        return new ClusterSettings(clusterName, list, bindInterface, port, configFile, properties);
    }

    /** A copy listening on exactly port {@code p}, 1..65535. */
    public ClusterSettings withPort(int p) {
        return new ClusterSettings(clusterName, members, bindInterface, OptionalInt.of(p), configFile, properties);
    }

    /** A copy bound to the private IP {@code ip}. */
    public ClusterSettings withInterface(String ip) {
        return new ClusterSettings(clusterName, members, Optional.of(ip), port, configFile, properties);
    }

    /** A copy configured by the Hazelcast YAML or XML {@code file}. */
    public ClusterSettings withConfigFile(Path file) {
        return new ClusterSettings(clusterName, members, bindInterface, port, Optional.of(file), properties);
    }

    /** A copy with the extra Hazelcast properties {@code extra} (replacing earlier ones). */
    public ClusterSettings withProperties(Map<String, String> extra) {
        return new ClusterSettings(clusterName, members, bindInterface, port, configFile, extra);
    }
}
