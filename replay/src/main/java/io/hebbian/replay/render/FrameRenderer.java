package io.hebbian.replay.render;

import io.hebbian.replay.trajectory.Frame;
import io.hebbian.replay.trajectory.LinkGeometry;
import io.hebbian.replay.trajectory.ShapeGeometry;
import io.hebbian.replay.trajectory.Trajectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Draws replay frames in plain Java2D (no browser, no GPU): the runs side by side, as on the replay
 * page, with the ground grid, the torso trails and the distances. Shapes are depth-sorted
 * (painter's algorithm); capsules are drawn as round-capped strokes. Immutable; thread-safe.
 */
public final class FrameRenderer {

    private static final Color[] LANE_COLOURS = {new Color(0x2f6db5), new Color(0xc2452d), new Color(0x2e8b57),
        new Color(0x8e44ad), new Color(0xd68910), new Color(0x17a2b8)};
    private static final Color TORSO = new Color(0x444444);
    private static final double[] LIGHT = Projection.unit(new double[] {0.4, -0.5, 0.8});
    private static final double GRID_M = 0.25;

    private final List<Trajectory> runs;
    private final int widthPx;
    private final int heightPx;
    private final double laneM;
    private final int frameCount;

    /**
     * @param runs     trajectories shown side by side (at least one)
     * @param widthPx  image width, 16..8192
     * @param heightPx image height, 16..8192
     */
    public FrameRenderer(List<Trajectory> runs, int widthPx, int heightPx) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to render: no trajectories");
        }
        if (widthPx < 16 || heightPx < 16 || widthPx > 8192 || heightPx > 8192) {
            throw new IllegalArgumentException("image size must be within 16..8192 px, got " + widthPx + "x" + heightPx);
        }
        this.runs = List.copyOf(runs);
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        double width = 0.3;
        for (Trajectory t : runs) {
            double[] p = t.frames().get(0).linkPositionsM();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 1; k < p.length; k += 3) {
                lo = Math.min(lo, p[k]);
                hi = Math.max(hi, p[k]);
            }
            width = Math.max(width, hi - lo);
        }
        laneM = Math.max(1.0, 2.4 * width);
        frameCount = runs.stream().mapToInt(t -> t.frames().size()).max().orElseThrow();
    }

    /** Frames of the longest run. */
    public int frameCount() {
        return frameCount;
    }

    /** Draws frame {@code index} (each run clamped to its last frame). */
    public BufferedImage render(int index) {
        if (index < 0 || index >= frameCount) {
            throw new IllegalArgumentException("frame index must be within 0.." + (frameCount - 1) + ", got " + index);
        }
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xeef1f5));
            g.fillRect(0, 0, widthPx, heightPx);
            double[] centre = centre(index);
            Projection cam = camera(centre);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            drawGrid(g, cam, centre[0]);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int k = 0; k < runs.size(); k++) {
                drawTrail(g, cam, k, index);
            }
            List<Item> items = new ArrayList<>();
            for (int k = 0; k < runs.size(); k++) {
                collectShapes(cam, k, frame(k, index), items);
            }
            items.sort(Comparator.comparingDouble(Item::depth).reversed());
            items.forEach(it -> it.draw().accept(g));
            drawLegend(g, index);
        } finally {
            g.dispose();
        }
        return img;
    }

    private Frame frame(int run, int index) {
        List<Frame> fs = runs.get(run).frames();
        return fs.get(Math.min(index, fs.size() - 1));
    }

    private double laneY(int run) {
        return -run * laneM;
    }

    private double[] centre(int index) {
        double[] c = new double[3];
        for (int k = 0; k < runs.size(); k++) {
            double[] p = frame(k, index).linkPositionsM();
            c[0] += p[0] / runs.size();
            c[1] += (p[1] + laneY(k)) / runs.size();
            c[2] += p[2] / runs.size();
        }
        return c;
    }

    private Projection camera(double[] c) {
        double spread = laneM * (runs.size() - 1);
        double[] offset = {-1.6 - 0.3 * spread, -2.4 - 1.2 * spread, 1.3 + 0.6 * spread};
        return new Projection(c, offset, widthPx, heightPx, 45);
    }

    private void drawGrid(Graphics2D g, Projection cam, double centreXM) {
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(0xccd3da));
        double[] a = new double[2];
        double[] b = new double[2];
        double x0 = Math.round(centreXM / GRID_M) * GRID_M;
        double y0 = -laneM * (runs.size() - 1) / 2;
        for (int i = -40; i <= 40; i++) {
            double v = i * GRID_M;
            segment(g, cam, new double[] {x0 + v, y0 - 10, 0}, new double[] {x0 + v, y0 + 10, 0}, a, b, 24);
            segment(g, cam, new double[] {x0 - 10, y0 + v, 0}, new double[] {x0 + 10, y0 + v, 0}, a, b, 24);
        }
    }

    /** Draws p–q as a polyline of {@code pieces}, skipping pieces behind the camera. */
    private static void segment(Graphics2D g, Projection cam, double[] p, double[] q, double[] a, double[] b,
                                int pieces) {
        for (int s = 0; s < pieces; s++) {
            double t0 = (double) s / pieces;
            double t1 = (double) (s + 1) / pieces;
            double[] u = {p[0] + (q[0] - p[0]) * t0, p[1] + (q[1] - p[1]) * t0, p[2]};
            double[] w = {p[0] + (q[0] - p[0]) * t1, p[1] + (q[1] - p[1]) * t1, p[2]};
            if (cam.project(u, a) && cam.project(w, b)) {
                g.drawLine((int) Math.round(a[0]), (int) Math.round(a[1]), (int) Math.round(b[0]),
                        (int) Math.round(b[1]));
            }
        }
    }

    private void drawTrail(Graphics2D g, Projection cam, int run, int index) {
        List<Frame> fs = runs.get(run).frames();
        Path2D.Double path = new Path2D.Double();
        double[] px = new double[2];
        boolean started = false;
        for (int i = 0; i <= Math.min(index, fs.size() - 1); i++) {
            double[] p = fs.get(i).linkPositionsM();
            if (cam.project(new double[] {p[0], p[1] + laneY(run), 0.002}, px)) {
                if (started) {
                    path.lineTo(px[0], px[1]);
                } else {
                    path.moveTo(px[0], px[1]);
                    started = true;
                }
            }
        }
        g.setColor(LANE_COLOURS[run % LANE_COLOURS.length]);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private void collectShapes(Projection cam, int run, Frame f, List<Item> items) {
        double[] pos = f.linkPositionsM();
        double[] quat = f.linkQuaternions();
        List<LinkGeometry> links = runs.get(run).links();
        for (int b = 0; b < links.size(); b++) {
            Color colour = b == 0 ? TORSO : LANE_COLOURS[run % LANE_COLOURS.length];
            double[] body = {pos[3 * b], pos[3 * b + 1] + laneY(run), pos[3 * b + 2]};
            for (ShapeGeometry s : links.get(b).shapes()) {
                ShapeDrawer.collect(cam, s, body, quat, 4 * b, colour, LIGHT, items);
            }
        }
    }

    private void drawLegend(Graphics2D g, int index) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, heightPx / 32)));
        int line = g.getFontMetrics().getHeight();
        int y = 6 + line;
        for (int k = 0; k < runs.size(); k++) {
            Frame f = frame(k, index);
            g.setColor(LANE_COLOURS[k % LANE_COLOURS.length]);
            g.fillRect(8, y - line / 2 - 4, 10, 10);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%s: %.2f m", runs.get(k).info().morphology(), f.distanceM()),
                    24, y);
            y += line;
        }
        Frame f0 = frame(0, index);
        g.drawString(String.format(Locale.ROOT, "step %d   t = %.2f s", f0.step(), f0.timeSeconds()), 8,
                heightPx - 8);
    }

    /** One depth-sorted drawing operation. */
    record Item(double depth, Consumer<Graphics2D> draw) {
    }
}
