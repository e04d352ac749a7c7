package io.hebbian.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Member configuration: safe defaults, bad settings with the bad value, the example config files. */
class MemberConfigsTest {

    private static final MemberRuntime RUNTIME = new MemberRuntime(p -> {
        throw new AssertionError("no episodes in this test");
    });

    @Test
    void defaultsAreLoopbackTcpIpWithNothingAutomatic() {
        Config c = MemberConfigs.build(ClusterSettings.loopback("x"), 3, RUNTIME);
        JoinConfig join = c.getNetworkConfig().getJoin();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(c.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(c.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(c.getMemberAttributeConfig().getAttribute(ClusterNames.THREADS_ATTRIBUTE)).isEqualTo("3");
        assertThat(c.getExecutorConfig(ClusterNames.EXECUTOR).getPoolSize()).isEqualTo(3);
        assertThat(c.getUserContext().get(ClusterNames.RUNTIME_KEY)).isSameAs(RUNTIME);
        assertThat(c.getNetworkConfig().isPortAutoIncrement()).isTrue();
        assertThat(c.getMapConfig(ClusterNames.CENTRES).getTimeToLiveSeconds()).isEqualTo(24 * 3600);
    }

    @Test
    void anExplicitPortIsFixedAndAnInterfaceIsBound() {
        Config c = MemberConfigs.build(ClusterSettings.loopback("x").withPort(5801).withInterface("10.1.2.3")
                .withMembers(List.of("10.1.2.4:5801")), 0, RUNTIME);
        assertThat(c.getNetworkConfig().getPort()).isEqualTo(5801);
        assertThat(c.getNetworkConfig().isPortAutoIncrement()).isFalse();
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.1.2.3");
        assertThat(c.getMemberAttributeConfig().getAttribute(ClusterNames.THREADS_ATTRIBUTE)).isEqualTo("0");
    }

    @Test
    void aRemoteMemberWithoutAnInterfaceIsRefusedWithTheMember() {
        ClusterSettings s = ClusterSettings.loopback("x").withMembers(List.of("127.0.0.1:5701", "192.168.1.20:5701"));
        assertThatThrownBy(() -> MemberConfigs.build(s, 1, RUNTIME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("192.168.1.20:5701").hasMessageContaining("--interface");
    }

    @Test
    void badSettingsNameTheBadValue() {
        assertThatThrownBy(() -> ClusterSettings.loopback(" ")).hasMessageContaining("' '");
        assertThatThrownBy(() -> ClusterSettings.loopback("x").withPort(70000)).hasMessageContaining("70000");
        assertThatThrownBy(() -> ClusterSettings.loopback("x").withMembers(List.of("a b")))
                .hasMessageContaining("'a b'");
        assertThatThrownBy(() -> new ClusterSettings("x", List.of("h"), Optional.empty(), OptionalInt.empty(),
                Optional.of(Path.of("h.yaml")), Map.of())).hasMessageContaining("either the file");
        assertThatThrownBy(() -> MemberConfigs.build(ClusterSettings.loopback("x"), -1, RUNTIME))
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> MemberConfigs.build(ClusterSettings.loopback("x")
                .withConfigFile(Path.of("no-such.yaml")), 1, RUNTIME)).hasMessageContaining("no-such.yaml");
    }

    @Test
    void loopbackAddressesAreRecognised() {
        assertThat(MemberConfigs.isLoopback("127.0.0.1:5701")).isTrue();
        assertThat(MemberConfigs.isLoopback("localhost")).isTrue();
        assertThat(MemberConfigs.isLoopback("[::1]:5701")).isTrue();
        assertThat(MemberConfigs.isLoopback("10.0.0.1:5701")).isFalse();
        assertThat(MemberConfigs.isLoopback("worker-1")).isFalse();
    }

    @Test
    void theExampleConfigFilesLoadAndKeepTheirJoinSettings() {
        Config tcp = MemberConfigs.build(ClusterSettings.loopback("ignored")
                .withConfigFile(Path.of("examples", "hazelcast-tcp.yaml")), 2, RUNTIME);
        assertThat(tcp.getClusterName()).isEqualTo("hebbian");
        assertThat(tcp.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(tcp.getNetworkConfig().getJoin().getTcpIpConfig().getMembers()).hasSize(3);
        assertThat(tcp.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");

        Config k8s = MemberConfigs.build(ClusterSettings.loopback("ignored")
                .withConfigFile(Path.of("examples", "kubernetes", "hazelcast.yaml")), 2, RUNTIME);
        JoinConfig join = k8s.getNetworkConfig().getJoin();
        assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
        assertThat(join.getKubernetesConfig().getProperty("service-name")).isEqualTo("hebbian-workers");
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(k8s.getMemberAttributeConfig().getAttribute(ClusterNames.THREADS_ATTRIBUTE))
                .as("--threads overrides the file's attribute").isEqualTo("2");
        assertThat(k8s.getExecutorConfig(ClusterNames.EXECUTOR).getPoolSize()).isEqualTo(2);
    }

    @Test
    void theKubernetesExampleAsGivenOffersFourThreads() throws Exception {
        Config plain = Config.loadFromFile(Path.of("examples", "kubernetes", "hazelcast.yaml").toFile());
        assertThat(plain.getMemberAttributeConfig().getAttribute(ClusterNames.THREADS_ATTRIBUTE)).isEqualTo("4");
        assertThat(plain.getExecutorConfig(ClusterNames.EXECUTOR).getPoolSize()).isEqualTo(4);
    }
}
