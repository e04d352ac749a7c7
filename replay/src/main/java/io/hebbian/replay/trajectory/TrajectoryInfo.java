package io.hebbian.replay.trajectory;

/**
 * What a trajectory is a recording of.
 *
 * @param source               {@code sim} (this simulator) or {@code robot} (a log of the real robot)
 * @param robot                robot name, e.g. {@code ant}
 * @param morphology           morphology specification, e.g. {@code intact} or {@code damaged-left-front}
 * @param model                model file or label the policy came from ("" if unknown)
 * @param seed                 episode seed
 * @param controlPeriodSeconds time between frames, seconds, positive
 */
public record TrajectoryInfo(String source, String robot, String morphology, String model, long seed,
                             double controlPeriodSeconds) {

    public TrajectoryInfo {
        if (!"sim".equals(source) && !"robot".equals(source)) {
            throw new IllegalArgumentException("trajectory source must be 'sim' or 'robot', got '" + source + "'");
        }
        if (robot == null || robot.isBlank() || morphology == null || morphology.isBlank()) {
            throw new IllegalArgumentException("trajectory needs a robot and a morphology name, got '" + robot
                    + "' and '" + morphology + "'");
        }
        model = model == null ? "" : model;
        if (!(controlPeriodSeconds > 0) || !Double.isFinite(controlPeriodSeconds)) {
            throw new IllegalArgumentException("control period must be a positive number of seconds, got "
                    + controlPeriodSeconds);
        }
    }
}
