package io.hebbian.ros2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The diagnostics keys documented in docs/ros2.md, table by table. */
public final class DiagnosticsDocs {

    /** docs/ros2.md, from the module directory (where surefire runs). */
    public static final Path DOCS = Path.of("../../../docs/ros2.md");

    private DiagnosticsDocs() {
    }

    /**
     * The keys of the table after {@code <!-- diagnostics-keys: NAME -->}, placeholders expanded: {@code <joint>}
     * once per joint, {@code <l>} once per layer 0 .. layers − 1.
     */
    public static List<String> keys(String table, List<String> joints, int layers) throws IOException {
        List<String> doc = Files.readAllLines(DOCS);
        int start = doc.indexOf("<!-- diagnostics-keys: " + table + " -->");
        assertThat(start).as("table %s in %s", table, DOCS).isNotNegative();
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\|");
        List<String> keys = new ArrayList<>();
        for (int i = start + 1; i < doc.size() && doc.get(i).startsWith("|"); i++) {
            Matcher m = row.matcher(doc.get(i));
            if (!m.find()) {
                continue;
            }
            String key = m.group(1);
            if (key.contains("<joint>")) {
                joints.forEach(j -> keys.add(key.replace("<joint>", j)));
            } else if (key.contains("<l>")) {
                for (int l = 0; l < layers; l++) {
                    keys.add(key.replace("<l>", Integer.toString(l)));
                }
            } else {
                keys.add(key);
            }
        }
        return keys;
    }
}
