package io.hebbian.replay.render;

import io.hebbian.replay.trajectory.ShapeGeometry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/** Turns one posed shape into depth-sorted Java2D drawing items. */
final class ShapeDrawer {

    private static final int[][] BOX_FACES = {{0, 1, 3, 2}, {4, 6, 7, 5}, {0, 4, 5, 1}, {2, 3, 7, 6}, {0, 2, 6, 4},
        {1, 5, 7, 3}};
    private static final double[][] BOX_NORMALS = {{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1},
        {0, 0, 1}};

    private ShapeDrawer() {
    }

    /**
     * @param body   the link's body origin, world, metres
     * @param quat   body quaternions (w, x, y, z), the link's at {@code offset}
     */
    static void collect(Projection cam, ShapeGeometry s, double[] body, double[] quat, int offset, Color colour,
                        double[] light, List<FrameRenderer.Item> items) {
        double[] local = s.positionM();
        double[] d = Projection.rotate(quat, offset, local);
        double[] centre = {body[0] + d[0], body[1] + d[1], body[2] + d[2]};
        double[] sq = s.quaternion();
        double[] size = s.sizeM();
        double depth = cam.depth(centre);
        if (depth <= 0.05) {
            return;
        }
        switch (s.type()) {
            case "sphere" -> {
                double[] c = new double[2];
                if (cam.project(centre, c)) {
                    double r = size[0] * cam.scale(depth);
                    items.add(new FrameRenderer.Item(depth, g -> {
                        g.setColor(colour);
                        g.fill(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
                        g.setColor(colour.darker());
                        g.setStroke(new BasicStroke(1f));
                        g.draw(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
                    }));
                }
            }
            case "capsule", "cylinder" -> {
                double[] axis = Projection.rotate(quat, offset, Projection.rotate(sq, 0, new double[] {0, 0, 1}));
                double h = size[1] / 2;
                double[] a = {centre[0] - axis[0] * h, centre[1] - axis[1] * h, centre[2] - axis[2] * h};
                double[] b = {centre[0] + axis[0] * h, centre[1] + axis[1] * h, centre[2] + axis[2] * h};
                double[] pa = new double[2];
                double[] pb = new double[2];
                if (cam.project(a, pa) && cam.project(b, pb)) {
                    float w = (float) (2 * size[0] * cam.scale(depth));
                    int cap = s.type().equals("capsule") ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
                    Line2D line = new Line2D.Double(pa[0], pa[1], pb[0], pb[1]);
                    items.add(new FrameRenderer.Item(depth, g -> {
                        g.setColor(colour.darker());
                        g.setStroke(new BasicStroke(w + 2f, cap, BasicStroke.JOIN_ROUND));
                        g.draw(line);
                        g.setColor(colour);
                        g.setStroke(new BasicStroke(w, cap, BasicStroke.JOIN_ROUND));
                        g.draw(line);
                    }));
                }
            }
            default -> box(cam, centre, size, quat, offset, sq, colour, light, items);
        }
    }

    private static void box(Projection cam, double[] centre, double[] size, double[] quat, int offset, double[] sq,
                            Color colour, double[] light, List<FrameRenderer.Item> items) {
        double[][] px = new double[8][2];
        double[][] world = new double[8][];
        for (int c = 0; c < 8; c++) {
            double[] corner = {((c >> 2) & 1) == 0 ? -size[0] / 2 : size[0] / 2,
                ((c >> 1) & 1) == 0 ? -size[1] / 2 : size[1] / 2, (c & 1) == 0 ? -size[2] / 2 : size[2] / 2};
            double[] r = Projection.rotate(quat, offset, Projection.rotate(sq, 0, corner));
            world[c] = new double[] {centre[0] + r[0], centre[1] + r[1], centre[2] + r[2]};
            if (!cam.project(world[c], px[c])) {
                return;
            }
        }
        for (int f = 0; f < 6; f++) {
            double[] n = Projection.rotate(quat, offset, Projection.rotate(sq, 0, BOX_NORMALS[f]));
            int[] idx = BOX_FACES[f];
            double[] mid = new double[3];
            for (int i : idx) {
                for (int k = 0; k < 3; k++) {
                    mid[k] += world[i][k] / 4;
                }
            }
            if (Projection.dot(n, cam.towardsEye(mid)) <= 0) {
                continue;
            }
            double shade = 0.55 + 0.45 * Math.max(0, Projection.dot(n, light));
            Color c = new Color((int) (colour.getRed() * shade), (int) (colour.getGreen() * shade),
                    (int) (colour.getBlue() * shade));
            Path2D.Double poly = new Path2D.Double();
            poly.moveTo(px[idx[0]][0], px[idx[0]][1]);
            for (int i = 1; i < 4; i++) {
                poly.lineTo(px[idx[i]][0], px[idx[i]][1]);
            }
            poly.closePath();
            items.add(new FrameRenderer.Item(cam.depth(mid), g -> {
                g.setColor(c);
                g.fill(poly);
            }));
        }
    }
}
