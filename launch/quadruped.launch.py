"""One launch entry: the Hebbian policy node with a simulated, a real or a fake robot.

    ros2 launch hebbian_quadruped quadruped.launch.py mode:=sim model:=/path/walker.json \
        [robot:=ant] [damage:=intact] [real_time_factor:=1.0]
    ros2 launch hebbian_quadruped quadruped.launch.py mode:=real model:=/path/walker.json \
        servo_config:=/path/servos.yaml [port:=/dev/ttyUSB0]
    ros2 launch hebbian_quadruped quadruped.launch.py mode:=mock model:=/path/walker.json \
        [time_constant_s:=0.05]

All modes: transport:=dds|rcljava, bind_address:=127.0.0.1. sim runs the ode4j sim bridge, real the
serial servo bridge (torque stays off until /servo_bridge/torque is true; an IMU driver must publish
/imu/data and, for a model trained with --foot-contacts, a foot-switch driver /foot_contacts), mock a
loop-back fake robot (no physics, no hardware) for wiring tests. sim and mock publish /foot_contacts
themselves. The policy node is the same in every mode.

ros2 launch ignores arguments nobody declared; this file does not: an unknown argument, or one that
the chosen mode does not read, stops the launch with one message listing the valid arguments. It checks
every launch configuration it sees, so a launch file that includes it must do so inside
GroupAction(scoped=True, forwarding=False, ...) unless its own arguments are among these (see
docs/ros2.md). What each mode starts is decided in quadruped_modes.py (plain Python, tested without ROS).
"""
import importlib.util
import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, OpaqueFunction
from launch_ros.actions import Node


def _modes():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quadruped_modes.py')
    spec = importlib.util.spec_from_file_location('hebbian_quadruped_modes', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _start_nodes(context, modes):
    settings = modes.resolve(context.launch_configurations)  # raises one LaunchArgumentError line
    config = os.path.join(get_package_share_directory('hebbian_quadruped'), 'config')
    return [
        Node(package='hebbian_quadruped', executable=p.executable, name=p.name, output='screen',
             arguments=p.arguments, parameters=[p.parameter_file, p.parameters])
        for p in modes.plan(settings, config)
    ]


def generate_launch_description():
    modes = _modes()
    declared = [
        DeclareLaunchArgument(name, description=description) if default is None
        else DeclareLaunchArgument(name, default_value=default, description=description)
        for name, default, description in modes.declarations()
    ]
    return LaunchDescription(declared + [OpaqueFunction(function=_start_nodes, args=[modes])])
