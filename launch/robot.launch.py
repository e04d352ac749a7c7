"""Policy node + servo bridge: the Hebbian policy drives a real quadruped on serial servos.

    ros2 launch hebbian_quadruped robot.launch.py model:=/path/walker.json \
        servo_config:=/path/servos.yaml port:=/dev/ttyUSB0

Torque stays off until you enable it:
    ros2 topic pub --once /servo_bridge/torque std_msgs/msg/Bool "{data: true}"
An IMU driver must publish sensor_msgs/Imu on /imu/data. With ros2_control instead of the servo
bridge, start only the policy node (see docs/ros2.md).
"""
import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node


def generate_launch_description():
    config = os.path.join(get_package_share_directory('hebbian_quadruped'), 'config')
    transport = LaunchConfiguration('transport')
    bind = LaunchConfiguration('bind_address')
    return LaunchDescription([
        DeclareLaunchArgument('model', description='Coefficients file (evolved model).'),
        DeclareLaunchArgument('servo_config', description='Servo bus config (firmware-interface YAML).'),
        DeclareLaunchArgument('port', default_value='',
                              description='Serial port, e.g. /dev/ttyUSB0 (empty: the config file\'s).'),
        DeclareLaunchArgument('transport', default_value='dds', description='dds or rcljava.'),
        DeclareLaunchArgument('bind_address', default_value='',
                              description='dds: interface to bind (empty: all).'),
        Node(
            package='hebbian_quadruped',
            executable='servo_bridge_node',
            name='servo_bridge',
            output='screen',
            arguments=['--transport', transport, '--bind', bind],
            parameters=[os.path.join(config, 'servo_bridge.yaml'),
                        {'servo_config': LaunchConfiguration('servo_config'),
                         'port': LaunchConfiguration('port'),
                         'model': LaunchConfiguration('model')}],
        ),
        Node(
            package='hebbian_quadruped',
            executable='policy_node',
            name='hebbian_policy',
            output='screen',
            arguments=['--transport', transport, '--bind', bind],
            parameters=[os.path.join(config, 'policy.yaml'), {'model': LaunchConfiguration('model')}],
        ),
    ])
