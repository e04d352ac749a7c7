package io.hebbian.cli;

import io.hebbian.replay.render.FrameExport;
import io.hebbian.replay.trajectory.Trajectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --gif} and {@code --png-frames} of {@code hebbian replay}: stills and animations rendered in Java. */
final class ReplayExportOptions {

    @Option(names = "--gif", paramLabel = "FILE.gif",
            description = "Also write an animated GIF, real time (rendered in Java, no browser).")
    Path gif;

    @Option(names = "--png-frames", paramLabel = "DIR", description = "Also write PNG frames (frame-00000.png, ...).")
    Path pngFrames;

    @Option(names = "--frame-every", defaultValue = "4", paramLabel = "N",
            description = "Export every Nth control step (default: ${DEFAULT-VALUE}).")
    int frameEvery;

    @Option(names = "--size", defaultValue = "640x400", paramLabel = "WxH",
            description = "Exported image size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    private int widthPx;
    private int heightPx;

    /** Checks the flags before anything is simulated. */
    void validate() {
        if (frameEvery < 1) {
            throw new Errors.UserException("--frame-every must be >= 1, got " + frameEvery);
        }
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        try {
            if (wh.length != 2) {
                throw new NumberFormatException();
            }
            widthPx = Integer.parseInt(wh[0].trim());
            heightPx = Integer.parseInt(wh[1].trim());
        } catch (NumberFormatException e) {
            throw new Errors.UserException("--size must be WIDTHxHEIGHT in pixels, e.g. 640x400, got '" + size + "'");
        }
        if (widthPx < 16 || heightPx < 16 || widthPx > 8192 || heightPx > 8192) {
            throw new Errors.UserException("--size must be within 16..8192 pixels per side, got '" + size + "'");
        }
    }

    /** Writes the requested exports and reports them on {@code out}. */
    void write(List<Trajectory> runs, PrintWriter out) throws Exception {
        if (gif == null && pngFrames == null) {
            return;
        }
        FrameExport export = FrameExport.of(runs, widthPx, heightPx, frameEvery);
        if (pngFrames != null) {
            int n = export.writePngs(pngFrames);
            out.printf(Locale.ROOT, "wrote %d PNG frames to %s%n", n, pngFrames);
        }
        if (gif != null) {
            ReplayCommand.createParent(gif);
            int n = export.writeGif(gif, runs.get(0).info().controlPeriodSeconds());
            out.printf(Locale.ROOT, "wrote %s (%d frames, %d bytes)%n", gif, n, Files.size(gif));
        }
    }
}
