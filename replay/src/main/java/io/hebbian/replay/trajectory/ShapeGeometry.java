package io.hebbian.replay.trajectory;

import java.util.Locale;

/**
 * One collision shape of a link, in the link's body frame (origin at the link's centre of mass, axes
 * of the world frame at the zero pose). Capsules and cylinders lie along their local z axis; a
 * capsule's length excludes its caps.
 *
 * @param type        {@code sphere}, {@code capsule}, {@code cylinder} or {@code box}
 * @param sizeM       sphere {radius}; capsule and cylinder {radius, length}; box {x, y, z} full sides, metres
 * @param positionM   centre of the shape in the body frame, metres (3 values)
 * @param quaternion  orientation in the body frame, (w, x, y, z), unit
 */
public record ShapeGeometry(String type, double[] sizeM, double[] positionM, double[] quaternion) {

    public ShapeGeometry {
        int expected = switch (type == null ? "" : type) {
            case "sphere" -> 1;
            case "capsule", "cylinder" -> 2;
            case "box" -> 3;
            default -> throw new IllegalArgumentException(
                    "shape type must be sphere, capsule, cylinder or box, got " + type);
        };
        sizeM = Arrays3.copy("shape " + type + " size", sizeM, expected);
        positionM = Arrays3.copy("shape position", positionM, 3);
        quaternion = Arrays3.copy("shape quaternion", quaternion, 4);
        for (double s : sizeM) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "shape %s sizes must be positive metres, got %s", type, java.util.Arrays.toString(sizeM)));
            }
        }
    }

    @Override
    public double[] sizeM() {
        return sizeM.clone();
    }

    @Override
    public double[] positionM() {
        return positionM.clone();
    }

    @Override
    public double[] quaternion() {
        return quaternion.clone();
    }
}
