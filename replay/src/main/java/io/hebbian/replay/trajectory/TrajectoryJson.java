package io.hebbian.replay.trajectory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.controller.io.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The trajectory file format {@value #FORMAT} version {@value #VERSION} (see {@code docs/replay.md}).
 * Numbers are rounded on writing: link positions, joint angles and distance to 10 µm / 10 µrad,
 * quaternions to 1e-5, actions to 1e-4, weight norms to float precision; weights are 8-bit levels
 * in base64.
 */
public final class TrajectoryJson {

    /** Format id in every file. */
    public static final String FORMAT = "hebbian-trajectory";
    /** Format version this class writes and reads. */
    public static final int VERSION = 1;
    static final double POSITION_SCALE = 1e5;
    static final double QUATERNION_SCALE = 1e5;
    static final double ACTION_SCALE = 1e4;
    static final double TIME_SCALE = 1e6;

    private static final JsonFactory FACTORY = new JsonFactory();

    private TrajectoryJson() {
    }

    /** Writes {@code t} to {@code file} (replaced). */
    public static void write(Trajectory t, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(t, FACTORY.createGenerator(out));
        }
    }

    /** Writes {@code t} as one JSON object to {@code out} (not closed). */
    public static void write(Trajectory t, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        write(t, g);
    }

    private static void write(Trajectory t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        TrajectoryInfo i = t.info();
        g.writeStringField("source", i.source());
        g.writeStringField("robot", i.robot());
        g.writeStringField("morphology", i.morphology());
        g.writeStringField("model", i.model());
        g.writeNumberField("seed", i.seed());
        g.writeNumberField("controlPeriodSeconds", i.controlPeriodSeconds());
        g.writeNumberField("weightsEverySteps", t.weightsEverySteps());
        g.writeArrayFieldStart("links");
        for (LinkGeometry l : t.links()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeArrayFieldStart("shapes");
            for (ShapeGeometry s : l.shapes()) {
                g.writeStartObject();
                g.writeStringField("type", s.type());
                numbers(g, "sizeM", s.sizeM(), POSITION_SCALE);
                numbers(g, "positionM", s.positionM(), POSITION_SCALE);
                numbers(g, "quaternion", s.quaternion(), QUATERNION_SCALE);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("joints");
        for (JointGeometry j : t.joints()) {
            g.writeStartObject();
            g.writeStringField("name", j.name());
            g.writeStringField("parent", j.parent());
            g.writeStringField("child", j.child());
            numbers(g, "anchorM", j.anchorM(), POSITION_SCALE);
            numbers(g, "axis", j.axis(), QUATERNION_SCALE);
            g.writeNumberField("lowerRad", j.lowerRad());
            g.writeNumberField("upperRad", j.upperRad());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("layers");
        for (LayerShape s : t.layers()) {
            g.writeStartObject();
            g.writeNumberField("in", s.in());
            g.writeNumberField("out", s.out());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frames");
        for (Frame f : t.frames()) {
            writeFrame(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("weightSnapshots");
        for (WeightSnapshot s : t.snapshots()) {
            g.writeStartObject();
            g.writeNumberField("step", s.step());
            g.writeArrayFieldStart("layers");
            for (QuantisedLayer q : s.layers()) {
                g.writeStartObject();
                g.writeNumberField("minW", q.minW());
                g.writeNumberField("maxW", q.maxW());
                g.writeStringField("levels", Base64.getEncoder().encodeToString(q.levels()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeFrame(JsonGenerator g, Frame f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("step", f.step());
        g.writeNumberField("timeSeconds", round(f.timeSeconds(), TIME_SCALE));
        numbers(g, "linkPositionsM", f.linkPositionsM(), POSITION_SCALE);
        numbers(g, "linkQuaternions", f.linkQuaternions(), QUATERNION_SCALE);
        numbers(g, "jointPositionsRad", f.jointPositionsRad(), POSITION_SCALE);
        numbers(g, "actions", f.actions(), ACTION_SCALE);
        g.writeArrayFieldStart("weightNorms");
        for (double v : f.weightNorms()) {
            g.writeNumber((float) v);
        }
        g.writeEndArray();
        g.writeNumberField("distanceM", round(f.distanceM(), POSITION_SCALE));
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String name, double[] values, double scale) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            g.writeNumber(round(v, scale));
        }
        g.writeEndArray();
    }

    static double round(double v, double scale) {
        double r = Math.rint(v * scale) / scale;
        return r == 0 ? 0.0 : r;
    }

    /** Reads a trajectory file. */
    public static Trajectory read(Path file) throws IOException, FormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads one trajectory object.
     *
     * @param label names the source in error messages
     * @throws FormatException if the content is not a valid trajectory
     */
    public static Trajectory read(InputStream in, String label) throws IOException, FormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new FormatException(label + ": not JSON: " + e.getMessage(), e);
        }
        return TrajectoryReader.parse(root, label);
    }
}
