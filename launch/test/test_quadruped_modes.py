"""quadruped_modes: argument checking and node plans, with plain python3 (no ROS installed).

    python3 -m unittest discover -s launch/test      (LaunchModesTest runs this from Maven)
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

import quadruped_modes as qm  # noqa: E402


def configurations(**given):
    """What a launch context holds after quadruped.launch.py's declarations: given values, else defaults."""
    out = {name: ('' if default is None else default) for name, default, _ in qm.declarations()}
    out.update(given)
    return out


class ResolveTest(unittest.TestCase):

    def test_each_mode_fills_in_its_defaults(self):
        self.assertEqual(qm.resolve(configurations(mode='sim', model='/m.json')), {
            'mode': 'sim', 'model': '/m.json', 'transport': 'dds', 'bind_address': '',
            'robot': 'ant', 'damage': 'intact', 'real_time_factor': '1.0'})
        self.assertEqual(qm.resolve(configurations(mode='real', model='/m.json', servo_config='/s.yaml')), {
            'mode': 'real', 'model': '/m.json', 'transport': 'dds', 'bind_address': '',
            'servo_config': '/s.yaml', 'port': ''})
        self.assertEqual(qm.resolve(configurations(mode='mock', model='/m.json', time_constant_s='0')), {
            'mode': 'mock', 'model': '/m.json', 'transport': 'dds', 'bind_address': '',
            'time_constant_s': '0'})

    def test_unknown_arguments_are_one_line_naming_them_and_the_valid_ones(self):
        with self.assertRaises(qm.LaunchArgumentError) as e:
            qm.resolve(configurations(mode='sim', model='/m.json', modle='/x.json', rbot='ant'))
        message = str(e.exception)
        self.assertNotIn('\n', message)
        self.assertTrue(message.startswith("quadruped.launch.py: unknown arguments 'modle', 'rbot'."), message)
        for name in qm.NAMES:
            self.assertIn(name, message.split('Valid arguments:')[1])

    def test_framework_configurations_are_not_unknown(self):
        given = configurations(mode='mock', model='/m.json')
        given.update({'launch-prefix': 'gdb -ex run --args', 'launch-prefix-filter': '', 'ros_namespace': '/a',
                      'global_params': '[]', 'ros_remaps': '[]', 'emulate_tty': 'True', 'anonx': 'x_1'})
        self.assertEqual(qm.resolve(given)['mode'], 'mock')

    def test_an_argument_of_another_mode_is_an_error_not_silence(self):
        with self.assertRaises(qm.LaunchArgumentError) as e:
            qm.resolve(configurations(mode='sim', model='/m.json', port='/dev/ttyUSB0', time_constant_s='0.1'))
        self.assertIn("'port', 'time_constant_s' not read in mode sim (port: mode real, time_constant_s: mode mock)",
                      str(e.exception))
        with self.assertRaises(qm.LaunchArgumentError) as e:
            qm.resolve(configurations(mode='mock', model='/m.json', damage='damaged-left-front'))
        self.assertIn("'damage' not read in mode mock", str(e.exception))

    def test_mode_and_required_arguments(self):
        for given, expected in [
                (configurations(model='/m.json'), 'mode:=sim|real|mock is required'),
                (configurations(mode='hardware', model='/m.json'), 'mode:=hardware is not one of sim|real|mock'),
                (configurations(mode='real', model='/m.json'), 'mode real needs servo_config:=...'),
                (configurations(mode='sim'), 'mode sim needs model:=...')]:
            with self.assertRaises(qm.LaunchArgumentError) as e:
                qm.resolve(given)
            self.assertIn(expected, str(e.exception))
            self.assertIn('Valid arguments:', str(e.exception))

    def test_every_problem_in_one_message(self):
        with self.assertRaises(qm.LaunchArgumentError) as e:
            qm.resolve(configurations(mode='real', model='/m.json', robot='ant', typo='1'))
        message = str(e.exception)
        self.assertIn("unknown argument 'typo'", message)
        self.assertIn("'robot' not read in mode real", message)
        self.assertIn('mode real needs servo_config:=...', message)
        self.assertNotIn('\n', message)

    def test_wrappers_fix_the_mode(self):
        qm.check_fixed_mode({'model': '/m.json'}, 'sim', 'sim.launch.py')
        with self.assertRaises(qm.LaunchArgumentError) as e:
            qm.check_fixed_mode({'model': '/m.json', 'mode': 'real'}, 'sim', 'sim.launch.py')
        self.assertIn("sim.launch.py: unknown argument 'mode' (this file is mode sim", str(e.exception))


class DeclarationsTest(unittest.TestCase):

    def test_quadruped_declares_every_argument_and_requires_only_mode_and_model(self):
        declared = qm.declarations()
        self.assertEqual([d[0] for d in declared], list(qm.NAMES))
        self.assertEqual([d[0] for d in declared if d[1] is None], ['mode', 'model'])
        servo = [d for d in declared if d[0] == 'servo_config'][0]
        self.assertEqual(servo[1], '')
        self.assertIn('mode real only (required)', servo[2])

    def test_wrappers_declare_their_modes_arguments_with_real_defaults(self):
        self.assertEqual([(n, d) for n, d, _ in qm.declarations('sim')], [
            ('model', None), ('transport', 'dds'), ('bind_address', ''), ('robot', 'ant'), ('damage', 'intact'),
            ('real_time_factor', '1.0')])
        self.assertEqual([(n, d) for n, d, _ in qm.declarations('real')], [
            ('model', None), ('transport', 'dds'), ('bind_address', ''), ('servo_config', None), ('port', '')])


class PlanTest(unittest.TestCase):

    def plan(self, **given):
        return qm.plan(qm.resolve(configurations(**given)), '/share/config')

    def test_sim_starts_the_sim_bridge_then_the_policy(self):
        bridge, policy = self.plan(mode='sim', model='/m.json', damage='lock:hip_1', bind_address='127.0.0.1')
        self.assertEqual(bridge, qm.NodePlan('sim_bridge_node', 'sim_bridge',
                                             ['--transport', 'dds', '--bind', '127.0.0.1'],
                                             '/share/config/sim_bridge.yaml',
                                             {'robot': 'ant', 'damage': 'lock:hip_1', 'model': '/m.json',
                                              'real_time_factor': '1.0'}))
        self.assertEqual(policy, qm.NodePlan('policy_node', 'hebbian_policy',
                                             ['--transport', 'dds', '--bind', '127.0.0.1'],
                                             '/share/config/policy.yaml', {'model': '/m.json'}))

    def test_real_starts_the_servo_bridge(self):
        bridge, policy = self.plan(mode='real', model='/m.json', servo_config='/s.yaml', transport='rcljava')
        self.assertEqual(bridge, qm.NodePlan('servo_bridge_node', 'servo_bridge', ['--transport', 'rcljava'],
                                             '/share/config/servo_bridge.yaml',
                                             {'servo_config': '/s.yaml', 'port': '', 'model': '/m.json'}))
        self.assertEqual(policy.executable, 'policy_node')

    def test_mock_starts_the_mock_robot(self):
        robot, policy = self.plan(mode='mock', model='/m.json')
        self.assertEqual(robot, qm.NodePlan('mock_robot_node', 'mock_robot', ['--transport', 'dds'],
                                            '/share/config/mock_robot.yaml',
                                            {'model': '/m.json', 'time_constant_s': '0.05'}))
        self.assertEqual(policy.parameters, {'model': '/m.json'})


if __name__ == '__main__':
    unittest.main()
