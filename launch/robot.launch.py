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

MODE = 'real'


def _modes():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quadruped_modes.py')
    spec = importlib.util.spec_from_file_location('hebbian_quadruped_modes', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_launch_description():
    return _modes().fixed_mode_description(MODE, __file__)
