package io.hebbian.ros2.transport.rcljava;

import builtin_interfaces.msg.Time;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.transport.MessageType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ros2.rcljava.interfaces.MessageDefinition;

/** Conversions between middleware-neutral messages and rosidl-generated rcljava messages. */
final class RclJavaCodecs {

    private static final long NANOS = 1_000_000_000L;

    /** One message type's rcljava class and both conversions. */
    record Codec<T>(Class<? extends MessageDefinition> rosClass, Function<T, MessageDefinition> encode,
                    Function<MessageDefinition, T> decode) {
    }

    private RclJavaCodecs() {
    }

    @SuppressWarnings("unchecked")
    static <T> Codec<T> forType(MessageType<T> type) {
        Object c = switch (type.kind()) {
            case JOINT_STATE -> new Codec<JointStateMessage>(sensor_msgs.msg.JointState.class, v ->
                    new sensor_msgs.msg.JointState().setHeader(header(v.stampNanos())).setName(new ArrayList<>(v.names()))
                            .setPosition(boxed(v.positionRad())).setVelocity(boxed(v.velocityRadPerSec()))
                            .setEffort(boxed(v.effort())), m -> {
                                var j = (sensor_msgs.msg.JointState) m;
                                double[] pos = unboxed(j.getPosition());
                                return new JointStateMessage(nanos(j.getHeader().getStamp()), j.getName(),
                                        pos.length == j.getName().size() ? pos : nan(j.getName().size()),
                                        unboxed(j.getVelocity()), unboxed(j.getEffort()));
                            });
            case IMU -> new Codec<ImuSample>(sensor_msgs.msg.Imu.class, RclJavaCodecs::encodeImu, RclJavaCodecs::decodeImu);
            case FLOAT64_ARRAY -> new Codec<double[]>(std_msgs.msg.Float64MultiArray.class,
                    v -> new std_msgs.msg.Float64MultiArray().setData(boxed(v)),
                    m -> unboxed(((std_msgs.msg.Float64MultiArray) m).getData()));
            case JOINT_TRAJECTORY -> new Codec<JointCommand>(trajectory_msgs.msg.JointTrajectory.class,
                    RclJavaCodecs::encodeTrajectory, RclJavaCodecs::decodeTrajectory);
            case DIAGNOSTICS -> new Codec<Diagnostics>(diagnostic_msgs.msg.DiagnosticArray.class,
                    RclJavaCodecs::encodeDiagnostics, RclJavaCodecs::decodeDiagnostics);
            case CLOCK -> new Codec<Long>(rosgraph_msgs.msg.Clock.class,
                    v -> new rosgraph_msgs.msg.Clock().setClock(time(v)),
                    m -> nanos(((rosgraph_msgs.msg.Clock) m).getClock()));
            case STRING -> new Codec<String>(std_msgs.msg.String.class, v -> new std_msgs.msg.String().setData(v),
                    m -> ((std_msgs.msg.String) m).getData());
            case BOOL -> new Codec<Boolean>(std_msgs.msg.Bool.class, v -> new std_msgs.msg.Bool().setData(v),
                    m -> ((std_msgs.msg.Bool) m).getData());
        };
        return (Codec<T>) c;
    }

    static Time time(long nanos) {
        return new Time().setSec((int) Math.floorDiv(nanos, NANOS)).setNanosec((int) Math.floorMod(nanos, NANOS));
    }

    static long nanos(Time t) {
        return t.getSec() * NANOS + Integer.toUnsignedLong(t.getNanosec());
    }

    private static std_msgs.msg.Header header(long nanos) {
        return new std_msgs.msg.Header().setStamp(time(nanos)).setFrameId("");
    }

    static List<Double> boxed(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double d : v) {
            l.add(d);
        }
        return l;
    }

    static double[] unboxed(List<Double> l) {
        double[] v = new double[l.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = l.get(k);
        }
        return v;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static MessageDefinition encodeImu(ImuSample v) {
        double[] q = v.orientationWxyz;
        double[] g = v.angularVelocityRadPerSec;
        double[] a = v.linearAccelerationMps2;
        return new sensor_msgs.msg.Imu().setHeader(header(v.stampNanos).setFrameId("imu_link"))
                .setOrientation(new geometry_msgs.msg.Quaternion().setX(q[1]).setY(q[2]).setZ(q[3]).setW(q[0]))
                .setAngularVelocity(new geometry_msgs.msg.Vector3().setX(g[0]).setY(g[1]).setZ(g[2]))
                .setLinearAcceleration(new geometry_msgs.msg.Vector3().setX(a[0]).setY(a[1]).setZ(a[2]));
    }

    private static ImuSample decodeImu(MessageDefinition m) {
        var i = (sensor_msgs.msg.Imu) m;
        ImuSample s = new ImuSample();
        s.stampNanos = nanos(i.getHeader().getStamp());
        var q = i.getOrientation();
        s.orientationWxyz[0] = q.getW();
        s.orientationWxyz[1] = q.getX();
        s.orientationWxyz[2] = q.getY();
        s.orientationWxyz[3] = q.getZ();
        var g = i.getAngularVelocity();
        s.angularVelocityRadPerSec[0] = g.getX();
        s.angularVelocityRadPerSec[1] = g.getY();
        s.angularVelocityRadPerSec[2] = g.getZ();
        var a = i.getLinearAcceleration();
        s.linearAccelerationMps2[0] = a.getX();
        s.linearAccelerationMps2[1] = a.getY();
        s.linearAccelerationMps2[2] = a.getZ();
        return s;
    }

    private static MessageDefinition encodeTrajectory(JointCommand v) {
        long t = v.timeFromStartNanos();
        var point = new trajectory_msgs.msg.JointTrajectoryPoint().setPositions(boxed(v.positionsRad()))
                .setTimeFromStart(new builtin_interfaces.msg.Duration().setSec((int) (t / NANOS))
                        .setNanosec((int) (t % NANOS)));
        List<trajectory_msgs.msg.JointTrajectoryPoint> points = new ArrayList<>();
        points.add(point);
        return new trajectory_msgs.msg.JointTrajectory().setHeader(header(0))
                .setJointNames(new ArrayList<>(v.jointNames())).setPoints(points);
    }

    private static JointCommand decodeTrajectory(MessageDefinition m) {
        var j = (trajectory_msgs.msg.JointTrajectory) m;
        List<String> names = j.getJointNames();
        if (j.getPoints().isEmpty()) {
            return new JointCommand(names, nan(names.size()), 0);
        }
        var p = j.getPoints().get(j.getPoints().size() - 1);
        double[] pos = unboxed(p.getPositions());
        long t = p.getTimeFromStart().getSec() * NANOS + Integer.toUnsignedLong(p.getTimeFromStart().getNanosec());
        return new JointCommand(names, pos.length == names.size() ? pos : nan(names.size()), Math.max(0, t));
    }

    private static MessageDefinition encodeDiagnostics(Diagnostics v) {
        List<diagnostic_msgs.msg.KeyValue> values = new ArrayList<>();
        v.values().forEach((k, x) -> values.add(new diagnostic_msgs.msg.KeyValue().setKey(k).setValue(x)));
        List<diagnostic_msgs.msg.DiagnosticStatus> status = new ArrayList<>();
        status.add(new diagnostic_msgs.msg.DiagnosticStatus().setLevel(v.level().code()).setName(v.name())
                .setMessage(v.message()).setHardwareId("").setValues(values));
        return new diagnostic_msgs.msg.DiagnosticArray().setHeader(header(v.stampNanos())).setStatus(status);
    }

    private static Diagnostics decodeDiagnostics(MessageDefinition m) {
        var a = (diagnostic_msgs.msg.DiagnosticArray) m;
        if (a.getStatus().isEmpty()) {
            return new Diagnostics(nanos(a.getHeader().getStamp()), "", Diagnostics.Level.STALE,
                    "empty diagnostic array", Map.of());
        }
        var s = a.getStatus().get(0);
        Map<String, String> values = new LinkedHashMap<>();
        s.getValues().forEach(kv -> values.put(kv.getKey(), kv.getValue()));
        return new Diagnostics(nanos(a.getHeader().getStamp()), s.getName(), Diagnostics.Level.fromCode(s.getLevel()), s.getMessage(), values);
    }
}
