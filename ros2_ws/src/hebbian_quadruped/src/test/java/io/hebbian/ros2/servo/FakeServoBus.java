package io.hebbian.ros2.servo;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusCounters;
import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoTelemetry;
import java.util.ArrayList;
import java.util.List;

/**
 * Servos in memory: positions jump to the last written target while torque is on; every servo reports
 * 36 C and 11.9 V.
 */
public final class FakeServoBus implements ServoBus {

    final double[] position;
    final boolean[] torque;
    final List<double[]> writes = new ArrayList<>();

    public FakeServoBus(double[] initialRad) {
        position = initialRad.clone();
        torque = new boolean[initialRad.length];
    }

    @Override
    public int jointCount() {
        return position.length;
    }

    @Override
    public synchronized void setTorque(boolean on) {
        java.util.Arrays.fill(torque, on);
    }

    @Override
    public synchronized void setTorque(int joint, boolean on) {
        torque[joint] = on;
    }

    @Override
    public synchronized void writePositions(double[] targetRad) {
        writes.add(targetRad.clone());
        for (int k = 0; k < position.length; k++) {
            if (torque[k]) {
                position[k] = targetRad[k];
            }
        }
    }

    @Override
    public synchronized boolean readState(JointStateSample out) {
        System.arraycopy(position, 0, out.positionRad, 0, position.length);
        java.util.Arrays.fill(out.velocityRadPerSec, 0);
        return true;
    }

    @Override
    public List<ServoTelemetry> readTelemetry() {
        List<ServoTelemetry> t = new ArrayList<>();
        for (int k = 0; k < position.length; k++) {
            t.add(new ServoTelemetry(k + 1, 36.0, 11.9));
        }
        return t;
    }

    @Override
    public PingResult ping(int id) {
        return new PingResult(id, 1060, 45);
    }

    @Override
    public List<PingResult> scan(List<Integer> ids) {
        return ids.stream().map(this::ping).toList();
    }

    @Override
    public boolean setHardwareWatchdog(int timeoutMillis) {
        return true;
    }

    @Override
    public boolean setStrength(int joint, double fraction) {
        return true;
    }

    @Override
    public boolean reboot(int id) {
        return true;
    }

    @Override
    public BusCounters counters() {
        return new BusCounters(0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public boolean reconnect() {
        return true;
    }

    @Override
    public void addShutdownHook(Thread hook) {
        // tests: no JVM hook
    }

    @Override
    public void close() {
        setTorque(false);
    }
}
