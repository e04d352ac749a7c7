package io.hebbian.replay.trajectory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Parses the JSON tree of a trajectory file; every error names the file and the field. */
final class TrajectoryReader {

    private final String label;

    private TrajectoryReader(String label) {
        this.label = label;
    }

    static Trajectory parse(JsonNode root, String label) throws TrajectoryFormatException {
        TrajectoryReader r = new TrajectoryReader(label);
        try {
            return r.trajectory(root);
        } catch (IllegalArgumentException e) {
            throw new TrajectoryFormatException(label + ": " + e.getMessage(), e);
        }
    }

    private Trajectory trajectory(JsonNode root) throws TrajectoryFormatException {
        String format = root.path("format").asText("");
        if (!TrajectoryJson.FORMAT.equals(format)) {
            throw new TrajectoryFormatException(label + ": not a trajectory file (format '" + format + "', expected '"
                    + TrajectoryJson.FORMAT + "')");
        }
        int version = root.path("version").asInt(-1);
        if (version != TrajectoryJson.VERSION) {
            throw new TrajectoryFormatException(label + ": trajectory version " + version + " is not supported (this"
                    + " build reads version " + TrajectoryJson.VERSION + ")");
        }
        TrajectoryInfo info = new TrajectoryInfo(text(root, "source"), text(root, "robot"), text(root, "morphology"),
                root.path("model").asText(""), require(root, "seed").asLong(),
                require(root, "controlPeriodSeconds").asDouble());
        List<LinkGeometry> links = new ArrayList<>();
        for (JsonNode l : array(root, "links")) {
            List<ShapeGeometry> shapes = new ArrayList<>();
            for (JsonNode s : array(l, "shapes")) {
                shapes.add(new ShapeGeometry(text(s, "type"), numbers(s, "sizeM"), numbers(s, "positionM"),
                        numbers(s, "quaternion")));
            }
            links.add(new LinkGeometry(text(l, "name"), shapes));
        }
        List<JointGeometry> joints = new ArrayList<>();
        for (JsonNode j : array(root, "joints")) {
            joints.add(new JointGeometry(text(j, "name"), text(j, "parent"), text(j, "child"), numbers(j, "anchorM"),
                    numbers(j, "axis"), require(j, "lowerRad").asDouble(), require(j, "upperRad").asDouble()));
        }
        List<LayerShape> layers = new ArrayList<>();
        for (JsonNode s : array(root, "layers")) {
            layers.add(new LayerShape(require(s, "in").asInt(), require(s, "out").asInt()));
        }
        List<Frame> frames = new ArrayList<>();
        for (JsonNode f : array(root, "frames")) {
            frames.add(new Frame(require(f, "step").asInt(), require(f, "timeSeconds").asDouble(),
                    numbers(f, "linkPositionsM"), numbers(f, "linkQuaternions"), numbers(f, "jointPositionsRad"),
                    numbers(f, "actions"), numbers(f, "weightNorms"), require(f, "distanceM").asDouble()));
        }
        List<WeightSnapshot> snapshots = new ArrayList<>();
        for (JsonNode s : array(root, "weightSnapshots")) {
            snapshots.add(snapshot(s, layers));
        }
        return new Trajectory(info, links, joints, layers, frames, require(root, "weightsEverySteps").asInt(),
                snapshots);
    }

    private WeightSnapshot snapshot(JsonNode s, List<LayerShape> layers) throws TrajectoryFormatException {
        int step = require(s, "step").asInt();
        List<JsonNode> ls = array(s, "layers");
        if (ls.size() != layers.size()) {
            throw new TrajectoryFormatException(label + ": snapshot at step " + step + " has " + ls.size()
                    + " layers, expected " + layers.size());
        }
        List<QuantisedLayer> q = new ArrayList<>();
        for (int l = 0; l < ls.size(); l++) {
            byte[] levels;
            try {
                levels = Base64.getDecoder().decode(text(ls.get(l), "levels"));
            } catch (IllegalArgumentException e) {
                throw new TrajectoryFormatException(label + ": snapshot at step " + step + " layer " + l
                        + ": levels are not base64: " + e.getMessage(), e);
            }
            q.add(new QuantisedLayer(layers.get(l), require(ls.get(l), "minW").asDouble(),
                    require(ls.get(l), "maxW").asDouble(), levels));
        }
        return new WeightSnapshot(step, q);
    }

    private JsonNode require(JsonNode n, String field) throws TrajectoryFormatException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new TrajectoryFormatException(label + ": missing field '" + field + "'");
        }
        return v;
    }

    private String text(JsonNode n, String field) throws TrajectoryFormatException {
        JsonNode v = require(n, field);
        if (!v.isTextual()) {
            throw new TrajectoryFormatException(label + ": field '" + field + "' must be a string, got " + v);
        }
        return v.asText();
    }

    private List<JsonNode> array(JsonNode n, String field) throws TrajectoryFormatException {
        JsonNode v = require(n, field);
        if (!v.isArray()) {
            throw new TrajectoryFormatException(label + ": field '" + field + "' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private double[] numbers(JsonNode n, String field) throws TrajectoryFormatException {
        List<JsonNode> a = array(n, field);
        double[] out = new double[a.size()];
        for (int k = 0; k < out.length; k++) {
            if (!a.get(k).isNumber()) {
                throw new TrajectoryFormatException(label + ": field '" + field + "' entry " + k
                        + " must be a number, got " + a.get(k));
            }
            out[k] = a.get(k).asDouble();
        }
        return out;
    }
}
