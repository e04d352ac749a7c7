package io.hebbian.replay.page;

import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.replay.trajectory.TrajectoryJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the self-contained replay page: one HTML file holding three.js (as {@code data:} URLs),
 * the viewer script and the trajectories, which opens offline in any current browser. Runs are
 * shown side by side, one lane each.
 */
public final class ReplayPage {

    private static final String BASE = "/io/hebbian/replay/page/";
    private static final List<String> SCRIPTS = List.of("scene.js", "weights.js", "main.js");
    private static final Pattern MARKER = Pattern.compile("@([A-Z]+)@");

    private ReplayPage() {
    }

    /** Writes the page for {@code runs} (at least one) to {@code file} (replaced). */
    public static void write(List<Trajectory> runs, String title, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(runs, title, w);
        }
    }

    /** Writes the page for {@code runs} (at least one) to {@code out} (not closed). */
    public static void write(List<Trajectory> runs, String title, Writer out) throws IOException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a replay page needs at least one trajectory");
        }
        StringBuilder js = new StringBuilder();
        for (String s : SCRIPTS) {
            js.append(resource(s)).append('\n');
        }
        Map<String, String> values = Map.of("TITLE", escapeHtml(title), "CSS", resource("replay.css"),
                "IMPORTMAP", ThreeJs.importMap(), "DATA", data(runs, title), "JS", js.toString());
        String template = resource("replay.html");
        Matcher m = MARKER.matcher(template);
        int at = 0;
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("replay.html has an unknown marker " + m.group());
            }
            out.write(template, at, m.start() - at);
            out.write(v);
            at = m.end();
        }
        out.write(template, at, template.length() - at);
        out.flush();
    }

    /** The page's data block: {@code {"title": ..., "trajectories": [...]}}, safe inside a script element. */
    static String data(List<Trajectory> runs, String title) throws IOException {
        StringWriter w = new StringWriter();
        w.write("{\"title\":\"" + jsonEscape(title) + "\",\"trajectories\":[");
        for (int k = 0; k < runs.size(); k++) {
            if (k > 0) {
                w.write(',');
            }
            TrajectoryJson.write(runs.get(k), w);
        }
        w.write("]}");
        return w.toString().replace("<", "\\u003c");
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReplayPage.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("replay page resource " + name + " is missing from the replay jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
