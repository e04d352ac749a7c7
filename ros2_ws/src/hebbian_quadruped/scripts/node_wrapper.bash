# Sourced by the node wrapper scripts. Runs `hebbian <subcommand>` from the installed jar and turns
# the ROS arguments that `ros2 launch` / `ros2 run` append into the node's own flags:
#   --ros-args ... --params-file F ...   ->  --params F
#   -p name:=value                       ->  -p name:=value
#   -r __node:=NAME                      ->  --node-name NAME
# Other remaps are ignored (topic names are parameters). Extra jars on $CLASSPATH (ros2_java's)
# are appended, so the rcljava transport works after sourcing a ros2_java workspace.
hebbian_node_exec() {
  local sub="$1"; shift
  local here jar
  here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
  jar="${HEBBIAN_JAR:-$here/../../share/hebbian_quadruped/java/hebbian.jar}"
  if [ ! -f "$jar" ]; then
    echo "$sub: jar not found: $jar (build with colcon, or set HEBBIAN_JAR)" >&2
    exit 1
  fi
  local args=() ros=0
  while [ $# -gt 0 ]; do
    if [ "$1" = "--ros-args" ]; then ros=1; shift; continue; fi
    if [ "$1" = "--" ]; then ros=0; shift; continue; fi
    if [ $ros = 1 ]; then
      case "$1" in
        --params-file) args+=(--params "$2"); shift 2; continue ;;
        -p|--param) args+=(-p "$2"); shift 2; continue ;;
        -r|--remap)
          case "$2" in __node:=*|__name:=*) args+=(--node-name "${2#*:=}") ;; esac
          shift 2; continue ;;
        *) shift; continue ;;
      esac
    fi
    args+=("$1"); shift
  done
  exec java ${HEBBIAN_JAVA_OPTS:-} -cp "$jar${CLASSPATH:+:$CLASSPATH}" io.hebbian.cli.Main "$sub" "${args[@]}"
}
