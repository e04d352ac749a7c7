package io.hebbian.firmware.config;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes calibrated values into a config file's text in place: only the characters of the changed numbers change
 * (plus one inserted {@code direction}/{@code zeroOffsetRad} entry after a joint's {@code id} where the joint had
 * none), so comments, key order, flow or block style and quoting stay as the user wrote them. SnakeYAML (which
 * Jackson's YAML reader is built on) gives the position of every value; JSON is read the same way (it is YAML).
 * A file whose values cannot be located safely (YAML anchors, aliases or merge keys, tags, quoted numbers,
 * repeated keys, several documents) is not edited: the result says why.
 */
final class ConfigTextEditor {

    /** The edited text, or why the file cannot be edited in place ({@code text} is then empty). */
    record Result(String text, String problem) {
        boolean edited() {
            return problem.isEmpty();
        }
    }

    private record Edit(int from, int to, String text) {
    }

    private final String text;
    private final int[] charOfCodePoint;
    private final List<Edit> edits = new ArrayList<>();
    private final String lineBreak;

    private ConfigTextEditor(String text) {
        this.text = text;
        int points = text.codePointCount(0, text.length());
        charOfCodePoint = new int[points + 1];
        for (int c = 0, p = 0; c <= text.length(); p++) {
            charOfCodePoint[p] = c;
            if (c == text.length()) {
                break;
            }
            c += Character.charCount(text.codePointAt(c));
        }
        lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The text with each joint's direction, zero offset and limits replaced, or why that is not possible. */
    static Result edit(String text, List<JointCalibration> joints) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            return new Result("", "SnakeYAML cannot locate its values (" + firstLine(e.getMessage()) + ")");
        }
        if (!(root instanceof MappingNode top)) {
            return new Result("", "its top level is not a mapping");
        }
        if (sharesNodes(root, new IdentityHashMap<>())) {
            return new Result("", "it uses YAML anchors, aliases or merge keys");
        }
        ConfigTextEditor editor = new ConfigTextEditor(text);
        String problem = editor.editJoints(top, joints);
        return problem.isEmpty() ? new Result(editor.apply(), "") : new Result("", problem);
    }

    private String editJoints(MappingNode top, List<JointCalibration> joints) {
        Node list = value(top, "joints");
        if (!(list instanceof SequenceNode seq)) {
            return "'joints' is not a list";
        }
        for (JointCalibration c : joints) {
            MappingNode joint = null;
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m && value(m, "name") instanceof ScalarNode s && s.getValue().equals(c.name())) {
                    joint = m;
                }
            }
            if (joint == null) {
                return "joint " + c.name() + " is not in its 'joints' list";
            }
            String problem = editJoint(joint, c);
            if (!problem.isEmpty()) {
                return "joint " + c.name() + ": " + problem;
            }
        }
        return "";
    }

    private String editJoint(MappingNode joint, JointCalibration c) {
        Set<String> keys = new HashSet<>();
        for (NodeTuple t : joint.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !keys.add(k.getValue())) {
                return "a key appears twice or is not a plain name";
            }
        }
        List<String> missing = new ArrayList<>();
        String problem = replace(joint, "direction", Integer.toString(c.direction()), missing);
        problem += replaceAngle(joint, "zeroOffset", c.zeroOffsetRad(), missing);
        problem += replaceAngle(joint, "lower", c.lowerRad(), missing);
        problem += replaceAngle(joint, "upper", c.upperRad(), missing);
        if (!problem.isEmpty()) {
            return problem;
        }
        return missing.isEmpty() ? "" : insertAfterId(joint, missing);
    }

    private String replaceAngle(MappingNode joint, String base, double rad, List<String> missing) {
        if (value(joint, base + "Deg") != null) {
            return replace(joint, base + "Deg", number(Math.toDegrees(rad), 3), missing);
        }
        return replace(joint, base + "Rad", number(rad, 4), missing);
    }

    /** Replaces a plain scalar's characters; a key that is not there goes to {@code missing} as "key: value". */
    private String replace(MappingNode joint, String key, String newValue, List<String> missing) {
        Node v = value(joint, key);
        if (v == null) {
            missing.add(key + ": " + newValue);
            return "";
        }
        if (!(v instanceof ScalarNode s) || s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return "'" + key + "' is not a plain number";
        }
        int from = at(s.getStartMark().getIndex());
        int to = at(s.getEndMark().getIndex());
        if (!text.substring(from, to).equals(s.getValue())) {
            return "'" + key + "' carries a tag or anchor";
        }
        edits.add(new Edit(from, to, newValue));
        return "";
    }

    /** Inserts the missing "key: value" entries right after the joint's id (or channel), in the joint's style. */
    private String insertAfterId(MappingNode joint, List<String> entries) {
        NodeTuple id = null;
        for (NodeTuple t : joint.getValue()) {
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (k.equals("id") || k.equals("channel")) {
                id = t;
            }
        }
        if (id == null) {
            return "it has no 'id'";
        }
        ScalarNode idKey = (ScalarNode) id.getKeyNode();
        String quote = switch (idKey.getScalarStyle()) {
            case DOUBLE_QUOTED -> "\"";
            case SINGLE_QUOTED -> "'";
            default -> "";
        };
        List<String> styled = new ArrayList<>();
        for (String e : entries) {
            int colon = e.indexOf(':');
            styled.add(quote + e.substring(0, colon) + quote + e.substring(colon));
        }
        int idEnd = at(id.getValueNode().getEndMark().getIndex());
        if (joint.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            edits.add(new Edit(idEnd, idEnd, ", " + String.join(", ", styled)));
            return "";
        }
        String indent = " ".repeat(idKey.getStartMark().getColumn());
        StringBuilder lines = new StringBuilder();
        for (String e : styled) {
            lines.append(indent).append(e).append(lineBreak);
        }
        int nl = text.indexOf('\n', idEnd);
        if (nl < 0) {
            edits.add(new Edit(text.length(), text.length(), lineBreak + lines.substring(0, lines.length() - lineBreak.length())));
        } else {
            edits.add(new Edit(nl + 1, nl + 1, lines.toString()));
        }
        return "";
    }

    private String apply() {
        StringBuilder b = new StringBuilder(text);
        edits.sort((x, y) -> Integer.compare(y.from(), x.from()));
        for (Edit e : edits) {
            b.replace(e.from(), e.to(), e.text());
        }
        return b.toString();
    }

    private int at(int codePointIndex) {
        return charOfCodePoint[codePointIndex];
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** True if a node is reached twice (an alias), carries an anchor, or a mapping has a merge key. */
    private static boolean sharesNodes(Node node, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null || node.getAnchor() != null) {
            return true;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<")) {
                    return true;
                }
                if (sharesNodes(t.getKeyNode(), seen) || sharesNodes(t.getValueNode(), seen)) {
                    return true;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (sharesNodes(item, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code v} rounded to {@code decimals}, trailing zeros dropped, always with a decimal point ("0.0", "-2.6"). */
    static String number(double v, int decimals) {
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("").strip();
    }
}
