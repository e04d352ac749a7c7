package io.hebbian.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.damage.DamageEffects;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** pybullet's Ant against the numbers of reference/paper-facts.md (pybullet: mass = 1000 kg/m³ × volume). */
class AntPybulletTest {

    private static final Percentage ONE_PERCENT = Percentage.withPercentage(1);

    @Test
    void massesAreThoseOfPybullet() throws Exception {
        RobotDescription r = Robots.load("ant-pybullet");
        // torso sphere 65.45 kg plus the four fixed hip (aux) capsules of 7.83 kg each, one rigid link here
        assertThat(r.root().massKg()).isCloseTo(65.45 + 4 * 7.83, ONE_PERCENT);
        for (int n = 1; n <= 4; n++) {
            assertThat(r.findLink("thigh_" + n).orElseThrow().massKg()).isCloseTo(7.83, ONE_PERCENT);
            assertThat(r.findLink("shin_" + n).orElseThrow().massKg()).isCloseTo(13.52, ONE_PERCENT);
        }
        assertThat(r.totalMassKg()).isCloseTo(182.17, ONE_PERCENT);
        assertThat(Robots.load("ant").totalMassKg()).as("ant unchanged").isCloseTo(0.911, ONE_PERCENT);
    }

    @Test
    void aShortenedShinWeighsWhatPybulletGivesIt() throws Exception {
        RobotDescription r = Robots.load("ant-pybullet");
        RobotDescription left = DamageEffects.apply(Morphology.parse("damaged-left-front"), r);
        RobotDescription right = DamageEffects.apply(Morphology.parse("damaged-right-front"), r);
        assertThat(left.findLink("shin_1").orElseThrow().massKg()).isCloseTo(4.99, ONE_PERCENT);
        assertThat(right.findLink("shin_4").orElseThrow().massKg()).isCloseTo(4.99, ONE_PERCENT);
        assertThat(left.findLink("shin_4").orElseThrow().massKg()).isCloseTo(13.52, ONE_PERCENT);
        assertThat(left.totalMassKg()).isCloseTo(182.17 - 13.52 + 4.99, ONE_PERCENT);
        assertThat(left.conventions()).as("a damaged robot keeps pybullet's reset").isEqualTo(r.conventions());
    }

    @Test
    void rangesTorquesAndResetAreThoseOfPybulletsAntXml() throws Exception {
        RobotDescription r = Robots.load("ant-pybullet");
        double[][] degrees = {{-40, 40}, {30, 100}, {-40, 40}, {-100, -30}, {-40, 40}, {-100, -30}, {-40, 40}, {30, 100}};
        for (int k = 0; k < 8; k++) {
            Joint j = r.jointDescriptions().get(k);
            assertThat(Math.toDegrees(j.lowerRad())).as(j.name()).isCloseTo(degrees[k][0], within(1e-9));
            assertThat(Math.toDegrees(j.upperRad())).as(j.name()).isCloseTo(degrees[k][1], within(1e-9));
            assertThat(j.maxTorqueNm()).isEqualTo(250.0);
        }
        assertThat(r.jointNames()).containsExactly("hip_1", "ankle_1", "hip_2", "ankle_2", "hip_3", "ankle_3",
                "hip_4", "ankle_4");
        assertThat(r.initialPositionsRad()).containsOnly(0.0);
        assertThat(r.conventions()).isEqualTo(new EpisodeConventions(0.1, 0.75, 0.26));
        assertThat(r.legNamesInActionOrder()).as("pybullet's foot order: XML legs 1-4")
                .containsExactly("left-front", "left-back", "right-back", "right-front");
        assertThat(Robots.load("ant").conventions()).isEqualTo(EpisodeConventions.standard());
    }
}
