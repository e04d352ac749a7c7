package io.hebbian.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.io.FileNotFoundException;
import java.util.List;
import java.util.Locale;

/**
 * Builds the Hazelcast configuration of an evaluation member from {@link ClusterSettings}:
 * TCP/IP join only (multicast and auto-detection off), phone-home off, bound to one interface
 * (loopback unless told otherwise), graceful leave on shutdown, and an executor whose pool size
 * is the member's evaluation threads.
 */
public final class MemberConfigs {

    /** Default first port; members on one machine take the next free ones. */
    public static final int DEFAULT_PORT = 5701;
    /**
     * Run specs and centres left behind by a driver that crashed expire after a day; a live driver
     * re-publishes its run spec every generation.
     */
    static final int STALE_SECONDS = 24 * 3600;
    private static final String LOOPBACK = "127.0.0.1";

    private MemberConfigs() {
    }

    /**
     * @param settings how to join
     * @param threads  evaluation threads this member offers, 0 for none (a driver that only drives)
     * @param runtime  the member's evaluation state, stored in its user context
     * @throws IllegalArgumentException if a remote member is listed without an interface to bind,
     *                                  or the config file cannot be read
     */
    public static Config build(ClusterSettings settings, int threads, MemberRuntime runtime) {
        if (threads < 0) {
            throw new IllegalArgumentException("evaluation threads must be >= 0, got " + threads);
        }
        Config c = settings.configFile().isPresent() ? load(settings) : explicit(settings);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.shutdownhook.policy", "GRACEFUL");
        if (c.getProperty("hazelcast.logging.type") == null) {
            c.setProperty("hazelcast.logging.type", "slf4j");
        }
        c.getExecutorConfig(ClusterNames.EXECUTOR).setPoolSize(Math.max(1, threads)).setStatisticsEnabled(false);
        c.getMapConfig(ClusterNames.RUNS).setTimeToLiveSeconds(STALE_SECONDS);
        c.getMapConfig(ClusterNames.CENTRES).setTimeToLiveSeconds(STALE_SECONDS);
        c.getMemberAttributeConfig().setAttribute(ClusterNames.THREADS_ATTRIBUTE, Integer.toString(threads));
        c.getUserContext().put(ClusterNames.RUNTIME_KEY, runtime);
        settings.properties().forEach(c::setProperty);
        return c;
    }

    private static Config load(ClusterSettings settings) {
        try {
            return Config.loadFromFile(settings.configFile().orElseThrow().toFile());
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("Hazelcast config file not found: " + settings.configFile().get(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read Hazelcast config " + settings.configFile().get()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Config explicit(ClusterSettings s) {
        String bind = s.bindInterface().orElse(LOOPBACK);
        if (s.bindInterface().isEmpty()) {
            for (String m : s.members()) {
                if (!isLoopback(m)) {
                    throw new IllegalArgumentException("member " + m + " is not on loopback: give --interface with "
                            + "this machine's private IP (Hazelcast open source has no authentication; never bind "
                            + "it to a public address)");
                }
            }
        }
        Config c = new Config();
        c.setClusterName(s.clusterName());
        NetworkConfig net = c.getNetworkConfig();
        net.setPort(s.port().orElse(DEFAULT_PORT)).setPortAutoIncrement(s.port().isEmpty());
        net.getInterfaces().setEnabled(true).setInterfaces(List.of(bind));
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(s.members().isEmpty() ? List.of(bind) : s.members());
        c.setProperty("hazelcast.socket.bind.any", "false");
        return c;
    }

    /** True if {@code member} ({@code host} or {@code host:port}) names this machine's loopback. */
    static boolean isLoopback(String member) {
        String host = member.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            host = host.substring(1, Math.max(1, host.indexOf(']')));
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.startsWith("127.") || host.equals("localhost") || host.equals("::1");
    }
}
