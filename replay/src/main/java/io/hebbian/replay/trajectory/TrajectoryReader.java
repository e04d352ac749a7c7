package io.hebbian.replay.trajectory;

import com.fasterxml.jackson.databind.JsonNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Parses the JSON tree of a trajectory file; unknown keys are errors and every error names the file and the field. */
final class TrajectoryReader {

    private TrajectoryReader() {
    }

    static Trajectory parse(JsonNode root, String label) throws FormatException {
        try {
            return trajectory(root);
        } catch (FormatException e) {
            throw new FormatException(label + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FormatException(label + ": " + e.getMessage(), e);
        }
    }

    private static Trajectory trajectory(JsonNode root) throws FormatException {
        String format = root == null ? "" : root.path("format").asText("");
        if (!TrajectoryJson.FORMAT.equals(format)) {
            throw new FormatException("not a trajectory file (format '" + format + "', expected '"
                    + TrajectoryJson.FORMAT + "')");
        }
        Fields.expectFormat(root, TrajectoryJson.FORMAT, TrajectoryJson.VERSION);
        Fields f = Fields.of(root, "", "format", "version", "source", "robot", "morphology", "model", "seed",
                "controlPeriodSeconds", "weightsEverySteps", "links", "joints", "layers", "frames", "weightSnapshots");
        TrajectoryInfo info = new TrajectoryInfo(f.text("source"), f.text("robot"), f.text("morphology"),
                f.text("model", ""), f.longInteger("seed"), f.number("controlPeriodSeconds"));
        List<LinkGeometry> links = new ArrayList<>();
        for (Fields l : f.objects("links", "name", "shapes")) {
            List<ShapeGeometry> shapes = new ArrayList<>();
            for (Fields s : l.objects("shapes", "type", "sizeM", "positionM", "quaternion")) {
                shapes.add(new ShapeGeometry(s.text("type"), s.numbers("sizeM"), s.numbers("positionM"),
                        s.numbers("quaternion")));
            }
            links.add(new LinkGeometry(l.text("name"), shapes));
        }
        List<JointGeometry> joints = new ArrayList<>();
        for (Fields j : f.objects("joints", "name", "parent", "child", "anchorM", "axis", "lowerRad", "upperRad")) {
            joints.add(new JointGeometry(j.text("name"), j.text("parent"), j.text("child"), j.numbers("anchorM"),
                    j.numbers("axis"), j.number("lowerRad"), j.number("upperRad")));
        }
        List<LayerShape> layers = new ArrayList<>();
        for (Fields s : f.objects("layers", "in", "out")) {
            layers.add(new LayerShape(s.integer("in"), s.integer("out")));
        }
        List<Frame> frames = new ArrayList<>();
        for (Fields r : f.objects("frames", "step", "timeSeconds", "linkPositionsM", "linkQuaternions",
                "jointPositionsRad", "actions", "weightNorms", "distanceM")) {
            frames.add(new Frame(r.integer("step"), r.number("timeSeconds"), r.numbers("linkPositionsM"),
                    r.numbers("linkQuaternions"), r.numbers("jointPositionsRad"), r.numbers("actions"),
                    r.numbers("weightNorms"), r.number("distanceM")));
        }
        List<WeightSnapshot> snapshots = new ArrayList<>();
        for (Fields s : f.objects("weightSnapshots", "step", "layers")) {
            snapshots.add(snapshot(s, layers));
        }
        return new Trajectory(info, links, joints, layers, frames, f.integer("weightsEverySteps"), snapshots);
    }

    private static WeightSnapshot snapshot(Fields s, List<LayerShape> layers) throws FormatException {
        int step = s.integer("step");
        List<Fields> ls = s.objects("layers", "minW", "maxW", "levels");
        if (ls.size() != layers.size()) {
            throw new FormatException(s.path() + "layers: snapshot at step " + step + " has " + ls.size()
                    + " layers, expected " + layers.size());
        }
        List<QuantisedLayer> q = new ArrayList<>();
        for (int l = 0; l < ls.size(); l++) {
            byte[] levels;
            try {
                levels = Base64.getDecoder().decode(ls.get(l).text("levels"));
            } catch (IllegalArgumentException e) {
                throw new FormatException(ls.get(l).path() + "levels: not base64: " + e.getMessage(), e);
            }
            q.add(new QuantisedLayer(layers.get(l), ls.get(l).number("minW"), ls.get(l).number("maxW"), levels));
        }
        return new WeightSnapshot(step, q);
    }
}
