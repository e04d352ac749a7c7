package io.hebbian.evolution.problem;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The damage curriculum: draws one damage per episode, uniformly from a fixed menu built from the
 * robot's legs — shortened shin (×0.25, ×0.5, ×0.75), locked hip or knee, weak hip or knee (×0.3) —
 * minus the held-out morphologies, which stay unseen for evaluation. A held-out entry
 * {@code leg:<leg>} removes every damage of that leg. The draw is a pure function of the episode seed.
 */
public final class DamageSampler {

    /** The token that stands for a sampled damage in a list of training morphologies. */
    public static final String TOKEN = "random-damage";
    /** Prefix of a held-out entry that names a whole leg. */
    public static final String LEG_PREFIX = "leg:";

    private static final double[] SHIN_SCALES = {0.25, 0.5, 0.75};
    private static final double WEAK = 0.3;

    private final List<Morphology> menu;

    /**
     * @param robot   the robot whose legs are damaged
     * @param heldOut morphologies never drawn (e.g. {@code damaged-left-front})
     */
    public DamageSampler(RobotDescription robot, List<String> heldOut) {
        List<Morphology> excluded = heldOut.stream().filter(h -> !h.startsWith(LEG_PREFIX)).map(Morphology::parse)
                .toList();
        List<String> excludedLegs = heldOut.stream().filter(h -> h.startsWith(LEG_PREFIX))
                .map(h -> h.substring(LEG_PREFIX.length())).toList();
        for (String leg : excludedLegs) {
            if (robot.legs().stream().noneMatch(l -> l.name().equals(leg))) {
                throw new IllegalArgumentException("held-out leg:" + leg + ": robot " + robot.name()
                        + " has legs " + robot.legNames());
            }
        }
        List<Morphology> m = new ArrayList<>();
        for (Leg leg : robot.legs()) {
            if (excludedLegs.contains(leg.name())) {
                continue;
            }
            for (double s : SHIN_SCALES) {
                m.add(Morphology.parse("shin-scale:" + leg.name() + "=" + s));
            }
            for (String role : List.of("hip", "knee")) {
                if (leg.roles().contains(role)) {
                    m.add(Morphology.parse("lock:" + leg.name() + "-" + role));
                    m.add(Morphology.parse("weak:" + leg.name() + "-" + role + "=" + WEAK));
                }
            }
        }
        m.removeIf(candidate -> excluded.stream().anyMatch(x -> x.terms().equals(candidate.terms())));
        m.forEach(candidate -> DamageEffects.apply(candidate, robot));
        if (m.isEmpty()) {
            throw new IllegalArgumentException("robot " + robot.name() + " leaves no damage to sample");
        }
        this.menu = List.copyOf(m);
    }

    /** Every damage the sampler can draw. */
    public List<Morphology> menu() {
        return menu;
    }

    /** Whether {@code morphology} (same damage terms) is on the menu. */
    public boolean canDraw(Morphology morphology) {
        return menu.stream().anyMatch(m -> m.terms().equals(morphology.terms()));
    }

    /** The damage of the episode with this seed. */
    public Morphology sample(long episodeSeed) {
        return menu.get(new SplittableRandom(episodeSeed ^ 0xDA3A6EL).nextInt(menu.size()));
    }
}
