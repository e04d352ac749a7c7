package io.hebbian.replay.render;

import io.hebbian.replay.trajectory.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Exports replay frames for papers and slides: every {@code everySteps}-th frame (and the last) as
 * PNG files or one animated GIF playing in real time.
 *
 * @param renderer   draws the frames
 * @param everySteps frame interval, at least 1
 */
public record FrameExport(FrameRenderer renderer, int everySteps) {

    public FrameExport {
        if (everySteps < 1) {
            throw new IllegalArgumentException("frame interval must be >= 1 step, got " + everySteps);
        }
    }

    /** Renders at {@code widthPx × heightPx}. */
    public static FrameExport of(List<Trajectory> runs, int widthPx, int heightPx, int everySteps) {
        return new FrameExport(new FrameRenderer(runs, widthPx, heightPx), everySteps);
    }

    /** Writes {@code frame-00000.png}, ... into {@code dir} (created); returns the number written. */
    public int writePngs(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = 0;
        for (int i : indices()) {
            ImageIO.write(renderer.render(i), "png", dir.resolve(String.format(Locale.ROOT, "frame-%05d.png", i)).toFile());
            n++;
        }
        return n;
    }

    /**
     * Writes an animated GIF; returns the number of frames.
     *
     * @param controlPeriodSeconds time between trajectory frames, for real-time playback
     */
    public int writeGif(Path file, double controlPeriodSeconds) throws IOException {
        int n = 0;
        try (GifWriter gif = new GifWriter(file, controlPeriodSeconds * everySteps)) {
            for (int i : indices()) {
                gif.add(renderer.render(i));
                n++;
            }
        }
        return n;
    }

    private int[] indices() {
        int last = renderer.frameCount() - 1;
        int count = last / everySteps + 1 + (last % everySteps == 0 ? 0 : 1);
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = Math.min(last, k * everySteps);
        }
        return out;
    }
}
