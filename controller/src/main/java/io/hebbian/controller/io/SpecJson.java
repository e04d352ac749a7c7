package io.hebbian.controller.io;

import static io.hebbian.controller.io.JsonReader.optionalDouble;
import static io.hebbian.controller.io.JsonReader.requireArray;
import static io.hebbian.controller.io.JsonReader.requireDouble;
import static io.hebbian.controller.io.JsonReader.requireInt;
import static io.hebbian.controller.io.JsonReader.requireText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.controller.spec.ObservationSpec;
import java.util.ArrayList;
import java.util.List;

/** JSON form of the observation and action specs. */
public final class SpecJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SpecJson() {
    }

    public static ObjectNode write(ObservationSpec spec) {
        ObjectNode o = F.objectNode();
        o.put("clip", spec.clip());
        ArrayNode channels = o.putArray("channels");
        for (ObservationChannel c : spec.channels()) {
            ObjectNode n = channels.addObject();
            n.put("name", c.name());
            n.put("source", c.source().id());
            if (c.source().isJoint()) {
                n.put("joint", c.joint());
            } else {
                n.put("axis", c.axis());
            }
            n.put("scale", c.scale());
            if (c.source() == ObservationChannel.Source.JOINT_POSITION) {
                n.put("lower", c.lowerRad());
                n.put("upper", c.upperRad());
            }
        }
        return o;
    }

    public static ObservationSpec readObservation(JsonNode o, String path) throws ModelFormatException {
        double clip = optionalDouble(o, "clip", path, ObservationSpec.DEFAULT_CLIP);
        JsonNode arr = requireArray(o, "channels", path);
        List<ObservationChannel> channels = new ArrayList<>();
        for (int k = 0; k < arr.size(); k++) {
            JsonNode n = arr.get(k);
            String p = path + "channels[" + k + "].";
            try {
                ObservationChannel.Source source = ObservationChannel.Source.fromId(requireText(n, "source", p));
                String name = requireText(n, "name", p);
                double scale = optionalDouble(n, "scale", p, 1.0);
                if (source.isJoint()) {
                    String joint = requireText(n, "joint", p);
                    boolean pos = source == ObservationChannel.Source.JOINT_POSITION;
                    channels.add(new ObservationChannel(name, source, joint, -1, scale,
                            pos ? requireDouble(n, "lower", p) : 0, pos ? requireDouble(n, "upper", p) : 0));
                } else {
                    channels.add(new ObservationChannel(name, source, "", requireInt(n, "axis", p), scale, 0, 0));
                }
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(p.substring(0, p.length() - 1) + ": " + e.getMessage());
            }
        }
        try {
            return new ObservationSpec(channels, clip);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(path + ": " + e.getMessage());
        }
    }

    public static ObjectNode write(ActionSpec spec) {
        ObjectNode o = F.objectNode();
        ArrayNode joints = o.putArray("joints");
        for (JointLimits j : spec.joints()) {
            joints.add(write(j));
        }
        return o;
    }

    public static ObjectNode write(JointLimits j) {
        ObjectNode n = F.objectNode();
        n.put("name", j.name());
        n.put("lower", j.lowerRad());
        n.put("upper", j.upperRad());
        if (Double.isFinite(j.maxVelocityRadPerSec())) {
            n.put("maxVelocity", j.maxVelocityRadPerSec());
        }
        return n;
    }

    public static ActionSpec readAction(JsonNode o, String path) throws ModelFormatException {
        JsonNode arr = requireArray(o, "joints", path);
        List<JointLimits> joints = new ArrayList<>();
        for (int k = 0; k < arr.size(); k++) {
            joints.add(readJoint(arr.get(k), path + "joints[" + k + "]."));
        }
        try {
            return new ActionSpec(joints);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(path + "joints: " + e.getMessage());
        }
    }

    static JointLimits readJoint(JsonNode n, String p) throws ModelFormatException {
        try {
            return new JointLimits(requireText(n, "name", p), requireDouble(n, "lower", p),
                    requireDouble(n, "upper", p), optionalDouble(n, "maxVelocity", p, Double.POSITIVE_INFINITY));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(p.substring(0, p.length() - 1) + ": " + e.getMessage());
        }
    }
}
