package io.hebbian.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hebbian servo ...}: first contact with a robot's servo bus. */
@Command(name = "servo", mixinStandardHelpOptions = true,
        description = {"Bring-up tools for serial servo buses (Dynamixel 2.0, Feetech STS/SCS, Pololu Maestro).",
            "Example: hebbian servo scan --port /dev/ttyUSB0 --protocol dynamixel2 --baud 1000000"},
        subcommands = {ServoScanCommand.class, ServoPingCommand.class, ServoReadCommand.class,
            ServoCalibrateCommand.class,
            ServoMonitorCommand.class, ServoMoveCommand.class, ServoTorqueOffCommand.class,
            ServoPreflightCommand.class, ServoStepResponseCommand.class})
final class ServoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
