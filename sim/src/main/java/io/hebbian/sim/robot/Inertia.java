package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;

/**
 * A rotational inertia tensor about the centre of mass, kg·m², in world axes at the zero pose.
 */
public record Inertia(double ixx, double iyy, double izz, double ixy, double ixz, double iyz) {

    public Inertia {
        if (!(ixx > 0) || !(iyy > 0) || !(izz > 0)) {
            throw new IllegalArgumentException("inertia diagonal must be positive, got ixx=" + ixx
                    + " iyy=" + iyy + " izz=" + izz);
        }
    }

    /** This tensor, given in a frame rotated by {@code r}, expressed in the outer frame: {@code R·I·Rᵀ}. */
    public Inertia rotated(Rot r) {
        double[] i = {ixx, ixy, ixz, ixy, iyy, iyz, ixz, iyz, izz};
        double[] o = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    for (int l = 0; l < 3; l++) {
                        s += r.get(a, k) * i[3 * k + l] * r.get(b, l);
                    }
                }
                o[3 * a + b] = s;
            }
        }
        return new Inertia(o[0], o[4], o[8], o[1], o[2], o[5]);
    }
}
