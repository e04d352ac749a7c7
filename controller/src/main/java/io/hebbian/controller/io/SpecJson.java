package io.hebbian.controller.io;

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

/**
 * JSON form of the observation and action specs. An observation that reads privileged simulator state says so
 * in a {@code "privileged": true} key next to its channels, so a reader of the file sees at once that the model
 * runs only in simulation; the reader checks that the key agrees with the channels.
 */
public final class SpecJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SpecJson() {
    }

    public static ObjectNode write(ObservationSpec spec) {
        ObjectNode o = F.objectNode();
        o.put("clip", spec.clip());
        if (spec.isPrivileged()) {
            o.put("privileged", true);
        }
        ArrayNode channels = o.putArray("channels");
        for (ObservationChannel c : spec.channels()) {
            ObjectNode n = channels.addObject();
            n.put("name", c.name());
            n.put("source", c.source().id());
            if (c.source().isJoint()) {
                n.put("joint", c.joint());
            } else if (c.source() == ObservationChannel.Source.FOOT_CONTACT) {
                n.put("leg", c.joint());
            } else if (!c.source().isScalar()) {
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

    public static ObservationSpec readObservation(JsonNode o, String path) throws FormatException {
        Fields f = Fields.of(o, path, "clip", "privileged", "channels");
        double clip = f.number("clip", ObservationSpec.DEFAULT_CLIP);
        boolean privileged = f.bool("privileged", false);
        f.nonEmptyArray("channels");
        List<ObservationChannel> channels = new ArrayList<>();
        for (Fields n : f.objects("channels", "source", "name", "scale", "joint", "leg", "lower", "upper", "axis")) {
            String p = n.path();
            try {
                ObservationChannel.Source source = ObservationChannel.Source.fromId(n.text("source"));
                String name = n.text("name");
                double scale = n.number("scale", 1.0);
                if (source.isJoint()) {
                    String joint = n.text("joint");
                    boolean pos = source == ObservationChannel.Source.JOINT_POSITION;
                    channels.add(new ObservationChannel(name, source, joint, -1, scale,
                            pos ? n.number("lower") : 0, pos ? n.number("upper") : 0));
                } else if (source == ObservationChannel.Source.FOOT_CONTACT) {
                    channels.add(new ObservationChannel(name, source, n.text("leg"), -1, scale, 0, 0));
                } else if (source.isScalar()) {
                    channels.add(new ObservationChannel(name, source, "", -1, scale, 0, 0));
                } else {
                    channels.add(new ObservationChannel(name, source, "", n.integer("axis"), scale, 0, 0));
                }
            } catch (IllegalArgumentException e) {
                throw new FormatException(p.substring(0, p.length() - 1) + ": " + e.getMessage());
            }
        }
        ObservationSpec spec;
        try {
            spec = new ObservationSpec(channels, clip);
        } catch (IllegalArgumentException e) {
            throw new FormatException(path + ": " + e.getMessage());
        }
        if (privileged != spec.isPrivileged()) {
            throw new FormatException(path + "privileged: " + privileged + ", but the channels read "
                    + (spec.isPrivileged() ? "privileged state " + spec.privilegedChannels() : "no privileged state"));
        }
        return spec;
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

    public static ActionSpec readAction(JsonNode o, String path) throws FormatException {
        Fields f = Fields.of(o, path, "joints");
        f.nonEmptyArray("joints");
        List<JointLimits> joints = new ArrayList<>();
        for (Fields j : f.objects("joints", "name", "lower", "upper", "maxVelocity")) {
            joints.add(readJoint(j));
        }
        try {
            return new ActionSpec(joints);
        } catch (IllegalArgumentException e) {
            throw new FormatException(path + "joints: " + e.getMessage());
        }
    }

    static JointLimits readJoint(Fields n) throws FormatException {
        String p = n.path();
        try {
            return new JointLimits(n.text("name"), n.number("lower"), n.number("upper"),
                    n.number("maxVelocity", Double.POSITIVE_INFINITY));
        } catch (IllegalArgumentException e) {
            throw new FormatException(p.substring(0, p.length() - 1) + ": " + e.getMessage());
        }
    }
}
