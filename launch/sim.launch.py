"""Policy node + sim bridge: the Hebbian policy walks the ode4j-simulated robot over ROS 2 topics.

    ros2 launch hebbian_quadruped sim.launch.py model:=/path/walker.json robot:=ant damage:=intact

Short for quadruped.launch.py mode:=sim (which it includes): the same arguments, defaults and checks.
The policy node is exactly the one that runs on the robot; only the robot side is simulated.
"""
import importlib.util
import os

from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, OpaqueFunction
from launch.launch_description_sources import PythonLaunchDescriptionSource

MODE = 'sim'
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
