package io.hebbian.sim.servo;

import io.hebbian.sim.env.ServoModel;

/**
 * A servo model fitted to a step response.
 *
 * @param model                      the simulator's model: fitted lag, speed cap (0 = the joint's own, when the
 *                                   recording never reached it), deadband, backlash, and the dead time rounded to
 *                                   control steps; torque cap 0 (a step without load says nothing about torque)
 * @param deadTimeSeconds            fitted dead time from command to motion, s (before rounding to control steps)
 * @param fittedMaxVelocityRadPerSec the speed cap that fits best, rad/s; when {@code speedLimitReached} is false
 *                                   only a lower bound is known, and this value is not in {@code model}
 * @param speedLimitReached          whether the best fit spends measurable time at its speed cap
 * @param controlPeriodSeconds       control period used to turn the dead time into {@link ServoModel#latencySteps()}, s
 * @param rmsErrorRad                root-mean-square difference between the fitted model and the measurements, rad
 * @param samples                    samples fitted
 * @param evaluations                model simulations the search used
 */
public record ServoFitResult(ServoModel model, double deadTimeSeconds, double fittedMaxVelocityRadPerSec,
                             boolean speedLimitReached, double controlPeriodSeconds, double rmsErrorRad, int samples,
                             int evaluations) {
}
