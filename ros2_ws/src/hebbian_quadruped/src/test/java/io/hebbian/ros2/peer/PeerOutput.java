package io.hebbian.ros2.peer;

import java.util.ArrayList;
import java.util.List;

/** The robot peer's stdout, parsed: phase start times and received commands. */
final class PeerOutput {

    /** One received command: peer time (s) and values. */
    record Command(double timeSeconds, double[] values) {
    }

    final List<Double> phaseStarts = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();
    boolean ended;

    static PeerOutput parse(List<String> lines) {
        PeerOutput o = new PeerOutput();
        for (String line : lines) {
            String[] f = line.trim().split(" ");
            switch (f[0]) {
                case "PHASE" -> o.phaseStarts.add(Double.parseDouble(f[2]));
                case "CMD" -> {
                    int n = Integer.parseInt(f[2]);
                    double[] v = new double[n];
                    for (int k = 0; k < n; k++) {
                        v[k] = Double.parseDouble(f[3 + k]);
                    }
                    o.commands.add(new Command(Double.parseDouble(f[1]), v));
                }
                case "END" -> o.ended = true;
                default -> { }
            }
        }
        return o;
    }

    long countBetween(double fromSeconds, double toSeconds) {
        return commands.stream().filter(c -> c.timeSeconds() >= fromSeconds && c.timeSeconds() < toSeconds).count();
    }
}
