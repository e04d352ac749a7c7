package io.hebbian.ros2.transport.dds;

import builtin_interfaces.msg.dds.Time;
import diagnostic_msgs.msg.dds.DiagnosticArray;
import diagnostic_msgs.msg.dds.DiagnosticStatus;
import diagnostic_msgs.msg.dds.KeyValue;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.transport.MessageType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import rosgraph_msgs.msg.dds.Clock;
import sensor_msgs.msg.dds.Imu;
import sensor_msgs.msg.dds.JointState;
import std_msgs.msg.dds.Bool;
import std_msgs.msg.dds.Float64MultiArray;
import trajectory_msgs.msg.dds.JointTrajectory;
import trajectory_msgs.msg.dds.JointTrajectoryPoint;
import us.ihmc.idl.IDLSequence;
import us.ihmc.pubsub.TopicDataType;

/** The {@link DdsCodec} of every {@link MessageType}. */
final class DdsCodecs {

    private static final long NANOS = 1_000_000_000L;

    private DdsCodecs() {
    }

    private record Codec<T, M>(TopicDataType<M> topicDataType, Supplier<M> factory, BiConsumer<T, M> enc,
                               Function<M, T> dec) implements DdsCodec<T, M> {
        @Override
        public void encode(T value, M dst) {
            enc.accept(value, dst);
        }

        @Override
        public T decode(M src) {
            return dec.apply(src);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> DdsCodec<T, Object> forType(MessageType<T> type) {
        Object c = switch (type.kind()) {
            case JOINT_STATE -> new Codec<>(JointState.getPubSubType().get(), JointState::new,
                    DdsCodecs::encodeJointState, DdsCodecs::decodeJointState);
            case IMU -> new Codec<>(Imu.getPubSubType().get(), Imu::new, DdsCodecs::encodeImu, DdsCodecs::decodeImu);
            case FLOAT64_ARRAY -> new Codec<double[], Float64MultiArray>(Float64MultiArray.getPubSubType().get(),
                    Float64MultiArray::new, (v, m) -> {
                        m.getLayout().getDim().clear();
                        m.getLayout().setDataOffset(0);
                        fill(m.getData(), v);
                    }, m -> m.getData().toArray());
            case JOINT_TRAJECTORY -> new Codec<>(JointTrajectory.getPubSubType().get(), JointTrajectory::new,
                    DdsCodecs::encodeTrajectory, DdsCodecs::decodeTrajectory);
            case DIAGNOSTICS -> new Codec<>(DiagnosticArray.getPubSubType().get(), DiagnosticArray::new,
                    DdsCodecs::encodeDiagnostics, DdsCodecs::decodeDiagnostics);
            case CLOCK -> new Codec<Long, Clock>(Clock.getPubSubType().get(), Clock::new,
                    (v, m) -> setTime(m.getClock(), v), m -> nanos(m.getClock()));
            case STRING -> new Codec<String, std_msgs.msg.dds.String>(std_msgs.msg.dds.String.getPubSubType().get(),
                    std_msgs.msg.dds.String::new, (v, m) -> m.setData(v), std_msgs.msg.dds.String::getDataAsString);
            case BOOL -> new Codec<Boolean, Bool>(Bool.getPubSubType().get(), Bool::new,
                    (v, m) -> m.setData(v), Bool::getData);
        };
        return (DdsCodec<T, Object>) c;
    }

    private static void fill(IDLSequence.Double seq, double[] v) {
        seq.resetQuick();
        seq.add(v);
    }

    static void setTime(Time t, long nanos) {
        t.setSec((int) Math.floorDiv(nanos, NANOS));
        t.setNanosec(Math.floorMod(nanos, NANOS));
    }

    static long nanos(Time t) {
        return t.getSec() * NANOS + t.getNanosec();
    }

    private static void encodeJointState(JointStateMessage v, JointState m) {
        setTime(m.getHeader().getStamp(), v.stampNanos());
        m.getHeader().setFrameId("");
        m.getName().resetQuick();
        for (String n : v.names()) {
            m.getName().add(n);
        }
        fill(m.getPosition(), v.positionRad());
        fill(m.getVelocity(), v.velocityRadPerSec());
        fill(m.getEffort(), v.effort());
    }

    private static JointStateMessage decodeJointState(JointState m) {
        List<String> names = new ArrayList<>(m.getName().size());
        for (int k = 0; k < m.getName().size(); k++) {
            names.add(m.getName().getString(k));
        }
        double[] pos = m.getPosition().toArray();
        if (pos.length != names.size()) {
            // A malformed message: keep the names, report positions as missing.
            double[] p = new double[names.size()];
            java.util.Arrays.fill(p, Double.NaN);
            System.arraycopy(pos, 0, p, 0, Math.min(pos.length, p.length));
            pos = p;
        }
        return new JointStateMessage(nanos(m.getHeader().getStamp()), names, pos,
                m.getVelocity().toArray(), m.getEffort().toArray());
    }

    private static void encodeImu(ImuSample v, Imu m) {
        setTime(m.getHeader().getStamp(), v.stampNanos);
        m.getHeader().setFrameId("imu_link");
        double[] q = v.orientationWxyz;
        m.getOrientation().setUnsafe(q[1], q[2], q[3], q[0]);
        double[] g = v.angularVelocityRadPerSec;
        m.getAngularVelocity().set(g[0], g[1], g[2]);
        double[] a = v.linearAccelerationMps2;
        m.getLinearAcceleration().set(a[0], a[1], a[2]);
    }

    private static ImuSample decodeImu(Imu m) {
        ImuSample s = new ImuSample();
        s.stampNanos = nanos(m.getHeader().getStamp());
        var q = m.getOrientation();
        s.orientationWxyz[0] = q.getS();
        s.orientationWxyz[1] = q.getX();
        s.orientationWxyz[2] = q.getY();
        s.orientationWxyz[3] = q.getZ();
        var g = m.getAngularVelocity();
        s.angularVelocityRadPerSec[0] = g.getX();
        s.angularVelocityRadPerSec[1] = g.getY();
        s.angularVelocityRadPerSec[2] = g.getZ();
        var a = m.getLinearAcceleration();
        s.linearAccelerationMps2[0] = a.getX();
        s.linearAccelerationMps2[1] = a.getY();
        s.linearAccelerationMps2[2] = a.getZ();
        return s;
    }

    private static void encodeTrajectory(JointCommand v, JointTrajectory m) {
        setTime(m.getHeader().getStamp(), 0); // zero stamp: start now
        m.getJointNames().resetQuick();
        for (String n : v.jointNames()) {
            m.getJointNames().add(n);
        }
        m.getPoints().clear();
        JointTrajectoryPoint p = m.getPoints().add();
        fill(p.getPositions(), v.positionsRad());
        p.getVelocities().resetQuick();
        p.getAccelerations().resetQuick();
        p.getEffort().resetQuick();
        p.getTimeFromStart().setSec((int) (v.timeFromStartNanos() / NANOS));
        p.getTimeFromStart().setNanosec(v.timeFromStartNanos() % NANOS);
    }

    private static JointCommand decodeTrajectory(JointTrajectory m) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < m.getJointNames().size(); k++) {
            names.add(m.getJointNames().getString(k));
        }
        if (m.getPoints().isEmpty()) {
            return new JointCommand(names, nanArray(names.size()), 0);
        }
        JointTrajectoryPoint p = m.getPoints().get(m.getPoints().size() - 1);
        double[] pos = p.getPositions().toArray();
        if (pos.length != names.size()) {
            pos = nanArray(names.size());
        }
        long t = p.getTimeFromStart().getSec() * NANOS + p.getTimeFromStart().getNanosec();
        return new JointCommand(names, pos, Math.max(0, t));
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void encodeDiagnostics(Diagnostics original, DiagnosticArray m) {
        Diagnostics v = DiagnosticsBounds.fit(original);
        setTime(m.getHeader().getStamp(), v.stampNanos());
        m.getHeader().setFrameId("");
        m.getStatus().clear();
        DiagnosticStatus s = m.getStatus().add();
        s.setLevel(v.level().code());
        s.setName(v.name());
        s.setMessage(v.message());
        s.setHardwareId("");
        s.getValues().clear();
        for (Map.Entry<String, String> e : v.values().entrySet()) {
            KeyValue kv = s.getValues().add();
            kv.setKey(e.getKey());
            kv.setValue(e.getValue());
        }
    }

    private static Diagnostics decodeDiagnostics(DiagnosticArray m) {
        if (m.getStatus().isEmpty()) {
            return new Diagnostics(nanos(m.getHeader().getStamp()), "", Diagnostics.Level.STALE,
                    "empty diagnostic array", Map.of());
        }
        DiagnosticStatus s = m.getStatus().get(0);
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < s.getValues().size(); k++) {
            values.put(s.getValues().get(k).getKeyAsString(), s.getValues().get(k).getValueAsString());
        }
        return new Diagnostics(nanos(m.getHeader().getStamp()), s.getNameAsString(), Diagnostics.Level.fromCode(s.getLevel()),
                s.getMessageAsString(), values);
    }
}
