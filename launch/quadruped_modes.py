"""The modes of quadruped.launch.py as data and pure functions, with no ROS import.

quadruped.launch.py (and the sim/robot.launch.py wrappers) only turn these into launch actions, so
everything that decides what runs can be tested with plain python3 (launch/test/):

- ARGUMENTS: every launch argument, the modes that read it and its default;
- resolve(): checks the launch configurations a launch saw (unknown names, arguments of another mode,
  missing required ones) and returns the mode's settings, or raises one LaunchArgumentError whose
  message lists the valid arguments;
- plan(): the nodes a mode starts (executable, node name, command-line arguments, parameter file and
  parameter overrides);
- fixed_mode_description(): the whole of sim.launch.py and robot.launch.py, which include
  quadruped.launch.py with their mode fixed (the one function that imports launch, when called).
"""
import os
from typing import Dict, List, Mapping, NamedTuple, Optional, Tuple

MODES = ('sim', 'real', 'mock')


class Argument(NamedTuple):
    """A launch argument: its name, the modes that read it, its default (None: required) and help."""

    name: str
    modes: Tuple[str, ...]
    default: Optional[str]
    description: str


ARGUMENTS = (
    Argument('mode', MODES, None,
             'sim: policy + simulator bridge; real: policy + servo bridge; '
             'mock: policy + loop-back fake robot (wiring tests).'),
    Argument('model', MODES, None, 'Coefficients file (evolved model).'),
    Argument('transport', MODES, 'dds', 'dds or rcljava.'),
    Argument('bind_address', MODES, '', 'dds: interface to bind, e.g. 127.0.0.1 (empty: all).'),
    Argument('robot', ('sim',), 'ant', 'Simulated robot: ant, servo-quad or a URDF path.'),
    Argument('damage', ('sim',), 'intact', 'Damage, e.g. damaged-right-front or lock:<joint>.'),
    Argument('real_time_factor', ('sim',), '1.0', 'Simulation speed; 0 = lockstep with the policy.'),
    Argument('servo_config', ('real',), None, 'Servo bus config (firmware-interface YAML).'),
    Argument('port', ('real',), '', "Serial port, e.g. /dev/ttyUSB0 (empty: the config file's)."),
    Argument('time_constant_s', ('mock',), '0.05',
             'Lag of the fake joints behind the commands, s; 0 = they jump to the command.'),
)

NAMES = tuple(a.name for a in ARGUMENTS)
_BY_NAME = {a.name: a for a in ARGUMENTS}

# Launch configurations that launch and launch_ros set themselves (ros2 launch --launch-prefix,
# ExecuteProcess, PushRosNamespace, SetParameter, SetRemap); AnonName stores 'anon<name>'.
FRAMEWORK_CONFIGURATIONS = frozenset({
    'launch-prefix', 'launch-prefix-filter', 'emulate_tty', 'ros_namespace', 'global_params', 'ros_remaps',
})


class LaunchArgumentError(ValueError):
    """Launch arguments that cannot be used: the message is one line naming them and the valid ones."""


class NodeSpec(NamedTuple):
    """A node the launch can start: wrapper executable, node name, parameter file in config/."""

    executable: str
    name: str
    parameter_file: str


POLICY = NodeSpec('policy_node', 'hebbian_policy', 'policy.yaml')
SIM_BRIDGE = NodeSpec('sim_bridge_node', 'sim_bridge', 'sim_bridge.yaml')
SERVO_BRIDGE = NodeSpec('servo_bridge_node', 'servo_bridge', 'servo_bridge.yaml')
MOCK_ROBOT = NodeSpec('mock_robot_node', 'mock_robot', 'mock_robot.yaml')

# The robot side of each mode and the settings it gets as parameters (parameter name = argument name).
ROBOTS = {
    'sim': (SIM_BRIDGE, ('robot', 'damage', 'model', 'real_time_factor')),
    'real': (SERVO_BRIDGE, ('servo_config', 'port', 'model')),
    'mock': (MOCK_ROBOT, ('model', 'time_constant_s')),
}


class NodePlan(NamedTuple):
    """One node to start: launch_ros.actions.Node(executable=..., name=..., arguments=..., parameters=...)."""

    executable: str
    name: str
    arguments: List[str]
    parameter_file: str
    parameters: Dict[str, str]


def arguments_of(mode: str) -> List[Argument]:
    """The arguments mode `mode` reads, with their defaults (for a wrapper that fixes the mode)."""
    return [a for a in ARGUMENTS if mode in a.modes and a.name != 'mode']


def declarations(mode: Optional[str] = None) -> List[Tuple[str, Optional[str], str]]:
    """(name, default or None for required, description) for each DeclareLaunchArgument.

    mode None: quadruped.launch.py, where every argument is declared and those of one mode default to ''
    (unset: resolve() fills in the mode's default). A mode: a wrapper that fixes it, with the real defaults.
    """
    if mode is not None:
        return [(a.name, a.default, a.description) for a in arguments_of(mode)]
    out = []
    for a in ARGUMENTS:
        if a.modes == MODES:
            out.append((a.name, a.default, a.description))
        else:
            default = 'required' if a.default is None else 'default ' + (a.default or "''")
            out.append((a.name, '', 'mode %s only (%s): %s' % ('/'.join(a.modes), default, a.description)))
    return out


def valid_arguments() -> str:
    """One line: the common arguments, then each mode's own."""
    common = [a.name for a in ARGUMENTS if a.modes == MODES]
    parts = ['Valid arguments: ' + ', '.join(common) + ' (mode:=' + '|'.join(MODES) + ')']
    for m in MODES:
        own = [a.name for a in ARGUMENTS if a.modes != MODES and m in a.modes]
        parts.append('mode %s: %s' % (m, ', '.join(own)))
    return '; '.join(parts)


def resolve(configurations: Mapping[str, str], source: str = 'quadruped.launch.py') -> Dict[str, str]:
    """The settings of the requested mode from the launch configurations a launch saw.

    Every configuration must be a declared argument (or one launch itself sets); an argument of another
    mode must be unset (''); required arguments must be set. Empty values take the mode's default.

    :raises LaunchArgumentError: one line naming every problem and listing the valid arguments
    """
    problems = []
    unknown = [k for k in configurations
               if k not in _BY_NAME and k not in FRAMEWORK_CONFIGURATIONS and not k.startswith('anon')]
    if unknown:
        problems.append('unknown argument%s %s' % ('s' if len(unknown) > 1 else '',
                                                  ', '.join("'%s'" % k for k in sorted(unknown))))
    mode = str(configurations.get('mode', '') or '')
    if mode not in MODES:
        problems.append("mode:=%s is not one of %s" % (mode, '|'.join(MODES)) if mode
                        else 'mode:=%s is required' % '|'.join(MODES))
    else:
        foreign = [a.name for a in ARGUMENTS
                   if mode not in a.modes and str(configurations.get(a.name, '') or '') != '']
        if foreign:
            problems.append('%s not read in mode %s (%s)' % (
                ', '.join("'%s'" % n for n in foreign), mode,
                ', '.join('%s: mode %s' % (n, '/'.join(_BY_NAME[n].modes)) for n in foreign)))
        missing = [a.name for a in ARGUMENTS if mode in a.modes and a.default is None
                   and str(configurations.get(a.name, '') or '') == '']
        if missing:
            problems.append('mode %s needs %s' % (mode, ', '.join('%s:=...' % n for n in missing)))
    if problems:
        raise LaunchArgumentError('%s: %s. %s' % (source, '; '.join(problems), valid_arguments()))
    settings = {}
    for a in ARGUMENTS:
        if mode in a.modes:
            given = str(configurations.get(a.name, '') or '')
            settings[a.name] = given if given != '' else (a.default or '')
    return settings


def check_fixed_mode(configurations: Mapping[str, str], mode: str, source: str) -> None:
    """A wrapper that fixes the mode (sim.launch.py, robot.launch.py) takes no mode:= argument.

    :raises LaunchArgumentError: if one was given
    """
    if 'mode' in configurations:
        raise LaunchArgumentError("%s: unknown argument 'mode' (this file is mode %s; for another mode use "
                                  "quadruped.launch.py mode:=%s). %s"
                                  % (source, mode, '|'.join(MODES), valid_arguments()))


def fixed_mode_description(mode: str, launch_file: str):
    """The launch description of a wrapper that fixes the mode: it declares the mode's arguments with their
    defaults and includes quadruped.launch.py (beside launch_file) with mode:=mode and those arguments."""
    from launch import LaunchDescription
    from launch.actions import DeclareLaunchArgument, IncludeLaunchDescription, OpaqueFunction
    from launch.launch_description_sources import PythonLaunchDescriptionSource

    here = os.path.dirname(os.path.abspath(launch_file))
    source = os.path.basename(launch_file)

    def include(context):
        check_fixed_mode(context.launch_configurations, mode, source)
        forwarded = [('mode', mode)] + [(name, context.launch_configurations[name])
                                        for name, _, _ in declarations(mode)]
        return [IncludeLaunchDescription(PythonLaunchDescriptionSource(os.path.join(here, 'quadruped.launch.py')),
                                         launch_arguments=forwarded)]

    declared = [
        DeclareLaunchArgument(name, description=description) if default is None
        else DeclareLaunchArgument(name, default_value=default, description=description)
        for name, default, description in declarations(mode)
    ]
    return LaunchDescription(declared + [OpaqueFunction(function=include)])


def plan(settings: Mapping[str, str], config_dir: str) -> List[NodePlan]:
    """The nodes of settings['mode'] (from resolve()): the robot side first, then the policy node."""
    arguments = ['--transport', settings['transport']]
    if settings['bind_address']:
        arguments += ['--bind', settings['bind_address']]
    robot, names = ROBOTS[settings['mode']]
    return [
        NodePlan(robot.executable, robot.name, list(arguments), os.path.join(config_dir, robot.parameter_file),
                 {n: settings[n] for n in names}),
        NodePlan(POLICY.executable, POLICY.name, list(arguments), os.path.join(config_dir, POLICY.parameter_file),
                 {'model': settings['model']}),
    ]
