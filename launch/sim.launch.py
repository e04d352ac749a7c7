"""Policy node + sim bridge: the Hebbian policy walks the ode4j-simulated robot over ROS 2 topics.

    ros2 launch hebbian_quadruped sim.launch.py model:=/path/walker.json robot:=ant damage:=intact

The policy node is exactly the one that runs on the robot; only the robot side is simulated.
"""
import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node


def generate_launch_description():
    config = os.path.join(get_package_share_directory('hebbian_quadruped'), 'config')
    model = LaunchConfiguration('model')
    transport = LaunchConfiguration('transport')
    bind = LaunchConfiguration('bind_address')
    return LaunchDescription([
        DeclareLaunchArgument('model', description='Coefficients file (evolved model).'),
        DeclareLaunchArgument('robot', default_value='ant',
                              description='Simulated robot: ant, servo-quad or a URDF path.'),
        DeclareLaunchArgument('damage', default_value='intact',
                              description='Damage, e.g. damaged-right-front or lock:<joint>.'),
        DeclareLaunchArgument('transport', default_value='dds', description='dds or rcljava.'),
        DeclareLaunchArgument('bind_address', default_value='',
                              description='dds: interface to bind, e.g. 127.0.0.1 (empty: all).'),
        DeclareLaunchArgument('real_time_factor', default_value='1.0',
                              description='Simulation speed; 0 = lockstep with the policy.'),
        Node(
            package='hebbian_quadruped',
            executable='sim_bridge_node',
            name='sim_bridge',
            output='screen',
            arguments=['--transport', transport, '--bind', bind],
            parameters=[os.path.join(config, 'sim_bridge.yaml'),
                        {'robot': LaunchConfiguration('robot'),
                         'damage': LaunchConfiguration('damage'),
                         'model': model,
                         'real_time_factor': LaunchConfiguration('real_time_factor')}],
        ),
        Node(
            package='hebbian_quadruped',
            executable='policy_node',
            name='hebbian_policy',
            output='screen',
            arguments=['--transport', transport, '--bind', bind],
            parameters=[os.path.join(config, 'policy.yaml'), {'model': model}],
        ),
    ])
