package io.hebbian.replay.render;

/**
 * A pinhole camera looking at {@code target} from {@code target + offset} with world z up; maps
 * world points (metres) to pixels. Immutable.
 */
final class Projection {

    private final double[] eye;
    private final double[] right;
    private final double[] up;
    private final double[] forward;
    private final double focalPx;
    private final double cx;
    private final double cy;

    /**
     * @param target      point in the middle of the image, metres
     * @param offset      camera position relative to the target, metres (not vertical)
     * @param widthPx     image width
     * @param heightPx    image height
     * @param fovYDegrees vertical field of view
     */
    Projection(double[] target, double[] offset, int widthPx, int heightPx, double fovYDegrees) {
        eye = new double[] {target[0] + offset[0], target[1] + offset[1], target[2] + offset[2]};
        forward = unit(new double[] {-offset[0], -offset[1], -offset[2]});
        right = unit(cross(forward, new double[] {0, 0, 1}));
        up = cross(right, forward);
        focalPx = heightPx / 2.0 / Math.tan(Math.toRadians(fovYDegrees) / 2);
        cx = widthPx / 2.0;
        cy = heightPx / 2.0;
    }

    /** Depth of {@code p} along the view direction, metres (positive in front of the camera). */
    double depth(double[] p) {
        return dot(sub(p), forward);
    }

    /** Pixel position of {@code p} into {@code out} (x, y); false if {@code p} is behind the camera. */
    boolean project(double[] p, double[] out) {
        double[] d = sub(p);
        double z = dot(d, forward);
        if (z <= 1e-3) {
            return false;
        }
        out[0] = cx + focalPx * dot(d, right) / z;
        out[1] = cy - focalPx * dot(d, up) / z;
        return true;
    }

    /** Pixels per metre at depth {@code z}. */
    double scale(double z) {
        return focalPx / z;
    }

    /** The direction from {@code p} towards the camera, unit. */
    double[] towardsEye(double[] p) {
        return unit(new double[] {eye[0] - p[0], eye[1] - p[1], eye[2] - p[2]});
    }

    private double[] sub(double[] p) {
        return new double[] {p[0] - eye[0], p[1] - eye[1], p[2] - eye[2]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    /** Rotates {@code v} by unit quaternion {@code q} = (w, x, y, z) at {@code offset} in {@code q}. */
    static double[] rotate(double[] q, int offset, double[] v) {
        double w = q[offset];
        double x = q[offset + 1];
        double y = q[offset + 2];
        double z = q[offset + 3];
        double tx = 2 * (y * v[2] - z * v[1]);
        double ty = 2 * (z * v[0] - x * v[2]);
        double tz = 2 * (x * v[1] - y * v[0]);
        return new double[] {v[0] + w * tx + (y * tz - z * ty), v[1] + w * ty + (z * tx - x * tz),
            v[2] + w * tz + (x * ty - y * tx)};
    }
}
