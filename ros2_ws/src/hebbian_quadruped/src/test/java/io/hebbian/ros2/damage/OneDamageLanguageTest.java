package io.hebbian.ros2.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.damage.DamageTerm;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.evolution.problem.DamageSampler;
import io.hebbian.firmware.bridge.Damage;
import io.hebbian.firmware.bridge.DamageSpec;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulated servo-quad and the real one (its shipped servo config) speak the same damage
 * language: same joints, order, limits and legs, and every damage the curriculum trains on means the
 * same joints on both, or is body damage the bridge refuses with one clear message.
 */
class OneDamageLanguageTest {

    private static final Path CONFIG = Path.of("../../../firmware-interface/config/servo-quad-dynamixel.yaml");

    @Test
    void servoConfigMatchesTheUrdf() throws Exception {
        ServoConfig real = ServoConfig.load(CONFIG);
        RobotDescription sim = Robots.load("servo-quad");
        assertThat(real.jointNames()).isEqualTo(sim.joints().stream().map(j -> j.name()).toList());
        assertThat(real.jointLimits()).isEqualTo(sim.joints());
        Map<String, List<String>> simLegs = new LinkedHashMap<>();
        for (Leg leg : sim.legs()) {
            simLegs.put(leg.name(), leg.joints());
        }
        assertThat(real.legs()).isEqualTo(simLegs);
    }

    @Test
    void everyCurriculumAndNamedDamageMeansTheSameJointsOnBoth() throws Exception {
        ServoConfig real = ServoConfig.load(CONFIG);
        RobotDescription sim = Robots.load("servo-quad");
        List<String> specs = new java.util.ArrayList<>(Morphology.namedDamages());
        new DamageSampler(sim, List.of()).menu().forEach(m -> specs.add(m.name()));
        assertThat(specs).hasSizeGreaterThan(20);
        for (String spec : specs) {
            Morphology m = Morphology.parse(spec);
            DamageEffects.apply(m, sim);
            boolean body = m.terms().stream().anyMatch(t -> t instanceof DamageTerm.ShinScale
                    || t instanceof DamageTerm.RemoveShin || t instanceof DamageTerm.SensorStuck);
            if (body) {
                assertThatThrownBy(() -> DamageSpec.parse(spec, real)).as(spec)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("the servo bridge cannot realise");
                continue;
            }
            List<String> onRobot = DamageSpec.parse(spec, real).stream().map(Damage::name).toList();
            List<String> inSim = m.terms().stream().map(t -> sim.jointAliases().get(t.target())).toList();
            assertThat(onRobot).as(spec).isEqualTo(inSim);
        }
    }
}
