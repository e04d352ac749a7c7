"""The launch files' glue, loaded as ros2 launch loads them, against stand-ins for the ROS modules.

ROS 2 (launch, launch_ros, ament_index_python) is not installed where this runs. The stand-ins below
only record what the launch files construct and reproduce three documented behaviours of launch:
DeclareLaunchArgument sets its default when the configuration is unset, IncludeLaunchDescription sets
its launch_arguments as configurations of the same (unscoped) context, and OpaqueFunction calls
function(context, *args). That checks the wiring (imports, names, what reaches Node(...)); it does
not check the real launch API, which only a ROS 2 installation can.
"""
import importlib.machinery
import importlib.util
import os
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCH_DIR = os.path.join(HERE, '..')
SHARE = '/opt/fake/share/hebbian_quadruped'


class Recorded:
    """A constructed launch entity: its positional and keyword arguments."""

    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


class LaunchDescription(Recorded):
    pass


class DeclareLaunchArgument(Recorded):
    pass


class OpaqueFunction(Recorded):
    pass


class IncludeLaunchDescription(Recorded):
    pass


class PythonLaunchDescriptionSource(Recorded):
    pass


class LaunchConfiguration(Recorded):
    pass


class Node(Recorded):
    pass


def install_stand_ins():
    modules = {
        'ament_index_python': {}, 'ament_index_python.packages': {
            'get_package_share_directory': lambda package: SHARE if package == 'hebbian_quadruped' else None},
        'launch': {'LaunchDescription': LaunchDescription},
        'launch.actions': {'DeclareLaunchArgument': DeclareLaunchArgument, 'OpaqueFunction': OpaqueFunction,
                           'IncludeLaunchDescription': IncludeLaunchDescription},
        'launch.launch_description_sources': {'PythonLaunchDescriptionSource': PythonLaunchDescriptionSource},
        'launch.substitutions': {'LaunchConfiguration': LaunchConfiguration},
        'launch_ros': {}, 'launch_ros.actions': {'Node': Node},
    }
    for name, attributes in modules.items():
        module = types.ModuleType(name)
        module.__dict__.update(attributes)
        sys.modules[name] = module


def load(file_name):
    """As launch's load_python_launch_file_as_module does."""
    loader = importlib.machinery.SourceFileLoader('python_launch_file', os.path.join(LAUNCH_DIR, file_name))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class Context:
    def __init__(self, configurations):
        self.launch_configurations = dict(configurations)


def run(file_name, context):
    """Runs a launch file's description in `context`; returns the Nodes it starts (following includes)."""
    description = load(file_name).generate_launch_description()
    nodes = []
    for entity in description.args[0]:
        if isinstance(entity, DeclareLaunchArgument):
            name = entity.args[0]
            if name not in context.launch_configurations and 'default_value' in entity.kwargs:
                context.launch_configurations[name] = entity.kwargs['default_value']
        elif isinstance(entity, OpaqueFunction):
            for produced in entity.kwargs['function'](context, *entity.kwargs.get('args', [])):
                if isinstance(produced, IncludeLaunchDescription):
                    for name, value in produced.kwargs['launch_arguments']:
                        context.launch_configurations[name] = value
                    nodes += run(os.path.relpath(produced.args[0].args[0], LAUNCH_DIR), context)
                else:
                    nodes.append(produced)
    return nodes


class LaunchFilesTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        install_stand_ins()
        sys.path.insert(0, LAUNCH_DIR)
        import quadruped_modes
        cls.modes = quadruped_modes

    def declared(self, file_name):
        entities = load(file_name).generate_launch_description().args[0]
        return [e.args[0] for e in entities if isinstance(e, DeclareLaunchArgument)]

    def test_quadruped_declares_every_argument(self):
        self.assertEqual(self.declared('quadruped.launch.py'), list(self.modes.NAMES))

    def test_mock_mode_starts_the_mock_robot_and_the_policy_with_their_parameter_files(self):
        nodes = run('quadruped.launch.py', Context({'mode': 'mock', 'model': '/m.json', 'bind_address': '127.0.0.1'}))
        self.assertEqual([n.kwargs['executable'] for n in nodes], ['mock_robot_node', 'policy_node'])
        robot = nodes[0].kwargs
        self.assertEqual(robot['package'], 'hebbian_quadruped')
        self.assertEqual(robot['name'], 'mock_robot')
        self.assertEqual(robot['arguments'], ['--transport', 'dds', '--bind', '127.0.0.1'])
        self.assertEqual(robot['parameters'], [SHARE + '/config/mock_robot.yaml',
                                               {'model': '/m.json', 'time_constant_s': '0.05'}])
        self.assertEqual(nodes[1].kwargs['parameters'], [SHARE + '/config/policy.yaml', {'model': '/m.json'}])

    def test_an_unknown_argument_stops_the_launch(self):
        message = self.launch_argument_error('quadruped.launch.py',
                                             {'mode': 'sim', 'model': '/m.json', 'real_time_facter': '2'})
        self.assertIn("unknown argument 'real_time_facter'", message)

    def test_sim_wrapper_is_mode_sim_with_the_same_checks(self):
        self.assertEqual(self.declared('sim.launch.py'), [n for n, _, _ in self.modes.declarations('sim')])
        nodes = run('sim.launch.py', Context({'model': '/m.json', 'damage': 'damaged-left-front'}))
        self.assertEqual([n.kwargs['executable'] for n in nodes], ['sim_bridge_node', 'policy_node'])
        self.assertEqual(nodes[0].kwargs['parameters'][1], {'robot': 'ant', 'damage': 'damaged-left-front',
                                                            'model': '/m.json', 'real_time_factor': '1.0'})
        for bad, expected in [({'servo_config': '/s.yaml'}, "'servo_config' not read in mode sim"),
                              ({'mode': 'real'}, "sim.launch.py: unknown argument 'mode'"),
                              ({'seed': '3'}, "unknown argument 'seed'")]:
            self.assertIn(expected, self.launch_argument_error('sim.launch.py', dict({'model': '/m.json'}, **bad)))

    def test_robot_wrapper_is_mode_real(self):
        self.assertEqual(self.declared('robot.launch.py'),
                         ['model', 'transport', 'bind_address', 'servo_config', 'port'])
        nodes = run('robot.launch.py', Context({'model': '/m.json', 'servo_config': '/s.yaml', 'port': '/dev/ttyUSB0'}))
        self.assertEqual([n.kwargs['name'] for n in nodes], ['servo_bridge', 'hebbian_policy'])
        self.assertEqual(nodes[0].kwargs['parameters'], [SHARE + '/config/servo_bridge.yaml', {
            'servo_config': '/s.yaml', 'port': '/dev/ttyUSB0', 'model': '/m.json'}])

    def launch_argument_error(self, file_name, configurations):
        """The message of the LaunchArgumentError the launch raises (each launch file loads its own copy of
        quadruped_modes, as under ros2 launch, so the class is matched by name)."""
        try:
            run(file_name, Context(configurations))
        except Exception as e:  # noqa: B902 - checked right below
            self.assertEqual(type(e).__name__, 'LaunchArgumentError', repr(e))
            self.assertNotIn('\n', str(e))
            return str(e)
        self.fail('%s %s: no error' % (file_name, configurations))


if __name__ == '__main__':
    unittest.main()
