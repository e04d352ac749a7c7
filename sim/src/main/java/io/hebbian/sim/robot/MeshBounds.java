package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Vec3;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The axis-aligned bounding box of an STL mesh (binary or ASCII), used to approximate mesh
 * collision shapes by a box.
 */
final class MeshBounds {

    /** Box centre and full size in the mesh frame, metres (already scaled). */
    record Bounds(Vec3 centre, Vec3 size) {
    }

    private MeshBounds() {
    }

    /** Bounds of {@code file} scaled by {@code scale}, or empty if it is missing or not an STL file. */
    static Optional<Bounds> of(Path file, Vec3 scale) {
        if (file == null || !Files.isRegularFile(file) || !file.toString().toLowerCase().endsWith(".stl")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            if (!binary(bytes, box) && !ascii(bytes, box)) {
                return Optional.empty();
            }
            Vec3 lo = new Vec3(box[0] * scale.x(), box[1] * scale.y(), box[2] * scale.z());
            Vec3 hi = new Vec3(box[3] * scale.x(), box[4] * scale.y(), box[5] * scale.z());
            Vec3 size = new Vec3(Math.max(Math.abs(hi.x() - lo.x()), 1e-3), Math.max(Math.abs(hi.y() - lo.y()), 1e-3),
                    Math.max(Math.abs(hi.z() - lo.z()), 1e-3));
            return Optional.of(new Bounds(lo.plus(hi).times(0.5), size));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean binary(byte[] b, double[] box) {
        if (b.length < 84) {
            return false;
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long n = Integer.toUnsignedLong(buf.getInt(80));
        if (n == 0 || 84 + 50 * n != b.length) {
            return false;
        }
        for (long t = 0; t < n; t++) {
            int base = (int) (84 + 50 * t + 12);
            for (int v = 0; v < 3; v++) {
                for (int a = 0; a < 3; a++) {
                    include(box, a, buf.getFloat(base + 12 * v + 4 * a));
                }
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, double[] box) {
        String text = new String(b, StandardCharsets.US_ASCII);
        boolean any = false;
        for (String line : text.split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 4 && p[0].equals("vertex")) {
                for (int a = 0; a < 3; a++) {
                    include(box, a, Double.parseDouble(p[a + 1]));
                }
                any = true;
            }
        }
        return any;
    }

    private static void include(double[] box, int axis, double v) {
        box[axis] = Math.min(box[axis], v);
        box[3 + axis] = Math.max(box[3 + axis], v);
    }
}
