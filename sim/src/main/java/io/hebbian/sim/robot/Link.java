package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Vec3;
import java.util.List;
import java.util.Optional;

/**
 * A rigid link: mass, centre of mass and collision shapes, all in the world frame at the zero pose.
 *
 * @param name    unique link name
 * @param massKg  mass, kg, positive
 * @param comM    centre of mass, metres, world frame at the zero pose
 * @param inertia inertia about the centre of mass; empty: derived from the shapes at uniform density
 * @param geoms   collision shapes (may be empty: the link then never touches the ground)
 */
public record Link(String name, double massKg, Vec3 comM, Optional<Inertia> inertia, List<Geom> geoms) {

    public Link {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("link name must not be blank");
        }
        if (!(massKg > 0) || !Double.isFinite(massKg)) {
            throw new IllegalArgumentException("link " + name + ": mass must be a positive number of kg, got " + massKg);
        }
        geoms = List.copyOf(geoms);
        if (inertia.isEmpty() && geoms.isEmpty()) {
            throw new IllegalArgumentException("link " + name + ": needs an inertia or at least one collision shape");
        }
    }

    /**
     * A link of uniform density: the centre of mass is the volume centroid of {@code geoms} and the
     * inertia is derived from the shapes.
     */
    public static Link uniform(String name, double massKg, List<Geom> geoms) {
        if (geoms.isEmpty()) {
            throw new IllegalArgumentException("link " + name + ": a uniform link needs at least one shape");
        }
        double volume = 0;
        Vec3 moment = Vec3.ZERO;
        for (Geom g : geoms) {
            double v = g.shape().volumeM3();
            volume += v;
            moment = moment.plus(g.positionM().times(v));
        }
        return new Link(name, massKg, moment.times(1.0 / volume), Optional.empty(), geoms);
    }

    /** Total volume of the shapes, m³. */
    public double volumeM3() {
        return geoms.stream().mapToDouble(g -> g.shape().volumeM3()).sum();
    }
}
