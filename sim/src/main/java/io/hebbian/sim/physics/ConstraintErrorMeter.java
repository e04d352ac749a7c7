package io.hebbian.sim.physics;

/**
 * Accumulates hinge constraint errors (axis misalignment and anchor separation) over joints and
 * steps: mean and maximum of each. Fed by {@link OdeRobot#measureConstraintError}.
 */
public final class ConstraintErrorMeter {

    private long samples;
    private double axisSumRad;
    private double axisMaxRad;
    private double anchorSumM;
    private double anchorMaxM;

    /** Adds one joint's errors: axis misalignment, radians, and anchor separation, metres. */
    public void add(double axisRad, double anchorM) {
        samples++;
        axisSumRad += axisRad;
        axisMaxRad = Math.max(axisMaxRad, axisRad);
        anchorSumM += anchorM;
        anchorMaxM = Math.max(anchorMaxM, anchorM);
    }

    /** Adds everything another meter saw. */
    public void addAll(ConstraintErrorMeter other) {
        samples += other.samples;
        axisSumRad += other.axisSumRad;
        axisMaxRad = Math.max(axisMaxRad, other.axisMaxRad);
        anchorSumM += other.anchorSumM;
        anchorMaxM = Math.max(anchorMaxM, other.anchorMaxM);
    }

    /** Joint samples seen. */
    public long samples() {
        return samples;
    }

    /** Mean hinge-axis misalignment, degrees (0 before any sample). */
    public double meanAxisDeg() {
        return samples == 0 ? 0 : Math.toDegrees(axisSumRad / samples);
    }

    /** Largest hinge-axis misalignment, degrees. */
    public double maxAxisDeg() {
        return Math.toDegrees(axisMaxRad);
    }

    /** Mean anchor separation, millimetres. */
    public double meanAnchorMm() {
        return samples == 0 ? 0 : 1e3 * anchorSumM / samples;
    }

    /** Largest anchor separation, millimetres. */
    public double maxAnchorMm() {
        return 1e3 * anchorMaxM;
    }
}
