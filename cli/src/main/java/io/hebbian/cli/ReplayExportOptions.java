package io.hebbian.cli;

import io.hebbian.replay.trajectory.Trajectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --gif} and {@code --png-frames} of {@code hebbian replay}: stills and animations rendered in Java. */
final class ReplayExportOptions {

    @Option(names = "--gif", paramLabel = "FILE.gif", description = "Also write an animated GIF (rendered in Java).")
    Path gif;

    @Option(names = "--png-frames", paramLabel = "DIR", description = "Also write PNG frames (frame-00000.png, ...).")
    Path pngFrames;

    @Option(names = "--frame-every", defaultValue = "4", paramLabel = "N",
            description = "Export every Nth control step (default: ${DEFAULT-VALUE}).")
    int frameEvery;

    @Option(names = "--size", defaultValue = "640x400", paramLabel = "WxH",
            description = "Exported image size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    void validate() {
    }

    void write(List<Trajectory> runs, PrintWriter out) throws Exception {
    }
}
