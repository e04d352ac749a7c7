package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DamageSamplerTest {

    @Test
    void seededDrawsAreReproducibleAndCoverEveryLeg() throws Exception {
        RobotDescription ant = Robots.load("ant");
        DamageSampler s = new DamageSampler(ant, List.of("damaged-left-front"));
        Set<String> legs = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            Morphology m = s.sample(seed);
            assertThat(s.sample(seed)).isEqualTo(m);
            drawn.add(m.name());
            for (String leg : ant.legNames()) {
                if (m.name().contains(leg)) {
                    legs.add(leg);
                }
            }
        }
        assertThat(legs).containsExactlyInAnyOrderElementsOf(ant.legNames());
        assertThat(drawn).hasSize(s.menu().size());
    }

    @Test
    void heldOutDamageIsNeverDrawn() throws Exception {
        RobotDescription ant = Robots.load("ant");
        DamageSampler s = new DamageSampler(ant, List.of("damaged-left-front"));
        Morphology heldOut = Morphology.parse("damaged-left-front");
        assertThat(s.menu()).noneMatch(m -> m.terms().equals(heldOut.terms()));
        assertThat(s.menu()).anyMatch(m -> m.name().equals("shin-scale:left-front=0.5"));
        // 4 legs x (3 shin scales + lock/weak of hip and knee) - 1 held out
        assertThat(s.menu()).hasSize(4 * 7 - 1);
    }

    @Test
    void worksOnTheTwelveJointRobot() throws Exception {
        RobotDescription quad = Robots.load("servo-quad");
        DamageSampler s = new DamageSampler(quad, List.of());
        assertThat(s.menu()).hasSize(4 * 7);
        assertThat(s.menu()).anyMatch(m -> m.name().startsWith("lock:") && m.name().endsWith("-knee"));
    }

    @Test
    void wholeLegsCanBeHeldOut() throws Exception {
        RobotDescription ant = Robots.load("ant");
        DamageSampler s = new DamageSampler(ant, List.of("leg:left-front", "leg:right-back",
                "shin-scale:left-back=0.25", "shin-scale:left-back=0.5", "shin-scale:left-back=0.75"));
        // right front keeps its 7 damages, left back its 4 lock/weak ones
        assertThat(s.menu()).hasSize(7 + 4);
        assertThat(s.menu()).noneMatch(m -> m.name().contains("left-front") || m.name().contains("right-back"));
        assertThat(s.canDraw(Morphology.parse("lock:left-front-knee"))).isFalse();
        assertThat(s.canDraw(Morphology.parse("shin-scale:right-back=0.25"))).isFalse();
        assertThat(s.canDraw(Morphology.parse("shin-scale:left-back=0.25"))).isFalse();
        assertThat(s.canDraw(Morphology.parse("damaged-right-front"))).isTrue();
        assertThat(s.canDraw(Morphology.parse("lock:left-back-knee"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DamageSampler(ant, List.of("leg:middle")))
                .hasMessageContaining("middle").hasMessageContaining("left-front");
    }
}
