"""Policy node + servo bridge: the Hebbian policy drives a real quadruped on serial servos.

    ros2 launch hebbian_quadruped robot.launch.py model:=/path/walker.json \
        servo_config:=/path/servos.yaml port:=/dev/ttyUSB0

Short for quadruped.launch.py mode:=real (which it includes): the same arguments, defaults and checks.
Torque stays off until you enable it:
    ros2 topic pub --once /servo_bridge/torque std_msgs/msg/Bool "{data: true}"
An IMU driver must publish sensor_msgs/Imu on /imu/data; for a model trained with --foot-contacts a
foot-switch driver must publish std_msgs/Float64MultiArray on /foot_contacts (one value per leg, order =
the policy's contact_legs; the servo bridge senses no contacts), or the policy node holds and sends no
commands. With ros2_control instead of the servo bridge, start only the policy node (see docs/ros2.md).
"""
import importlib.util
import os

from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, OpaqueFunction
from launch.launch_description_sources import PythonLaunchDescriptionSource

MODE = 'real'
HERE = os.path.dirname(os.path.abspath(__file__))


def _modes():
    spec = importlib.util.spec_from_file_location('hebbian_quadruped_modes', os.path.join(HERE, 'quadruped_modes.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _include(context, modes):
    modes.check_fixed_mode(context.launch_configurations, MODE, os.path.basename(__file__))
    forwarded = [('mode', MODE)] + [(name, context.launch_configurations[name])
                                    for name, _, _ in modes.declarations(MODE)]
    return [IncludeLaunchDescription(PythonLaunchDescriptionSource(os.path.join(HERE, 'quadruped.launch.py')),
                                     launch_arguments=forwarded)]


def generate_launch_description():
    modes = _modes()
    declared = [
        DeclareLaunchArgument(name, description=description) if default is None
        else DeclareLaunchArgument(name, default_value=default, description=description)
        for name, default, description in modes.declarations(MODE)
    ]
    return LaunchDescription(declared + [OpaqueFunction(function=_include, args=[modes])])
