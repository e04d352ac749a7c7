"""Policy node + sim bridge: the Hebbian policy walks the ode4j-simulated robot over ROS 2 topics.

    ros2 launch hebbian_quadruped sim.launch.py model:=/path/walker.json robot:=ant damage:=intact

Short for quadruped.launch.py mode:=sim (which it includes): the same arguments, defaults and checks.
The policy node is exactly the one that runs on the robot; only the robot side is simulated.
"""
import importlib.util
import os

MODE = 'sim'


def _modes():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quadruped_modes.py')
    spec = importlib.util.spec_from_file_location('hebbian_quadruped_modes', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_launch_description():
    return _modes().fixed_mode_description(MODE, __file__)
