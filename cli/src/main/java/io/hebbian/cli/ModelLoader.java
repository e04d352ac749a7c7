package io.hebbian.cli;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;

/** Loads a model with the robot and physics it was trained with, for commands that simulate it. */
record ModelLoader(PolicyModel model, RobotDescription robot, SimSettings sim) {

    /**
     * @param robotOverride robot name or URDF path to use instead of the model's, or null
     */
    static ModelLoader load(Path file, String robotOverride) throws Exception {
        PolicyModel model = ModelFile.read(file);
        String robotName = robotOverride != null ? robotOverride : model.requireRobot();
        RobotDescription robot = Robots.load(robotName);
        SimSettings sim = model.physics().isEmpty() ? SimSettings.paper() : SimSettings.fromJson(model.physics());
        // every model is judged on whole episodes, whether or not its training stopped failing ones early
        sim = sim.withEarlyStop(false);
        return new ModelLoader(model, robot, sim);
    }
}
