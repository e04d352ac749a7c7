/*
 * A ROS 2 robot played by a plain Cyclone DDS C program (ROS 2 wire names: topics rt/<name>, types
 * <pkg>::msg::dds_::<Msg>_). Publishes sensor_msgs/JointState on rt/joint_states and sensor_msgs/Imu
 * on rt/imu/data at RATE_HZ, RELIABLE KEEP_LAST(10) like ROS 2's default QoS, and subscribes
 * std_msgs/Float64MultiArray on rt/<command topic>. Joint positions follow the last command (first
 * order lag); the JointState lists the joints in reverse order plus an extra joint, so the node
 * under test must match by name.
 *
 * Usage: robot_peer DOMAIN RATE_HZ COMMAND_TOPIC PHASES...   (each phase: pub:SECONDS or pause:SECONDS)
 * Output (stdout, one line each): "PHASE <name> <t>", "CMD <t> <n> <v0> <v1> ...", "END <t>";
 * t = seconds since start (monotonic).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dds/dds.h"
#include "ros2_msgs_dds.h"

#define NJ 8
static const char *JOINTS[NJ] = {"hip_1", "hip_2", "hip_3", "hip_4", "ankle_1", "ankle_2", "ankle_3", "ankle_4"};
static const double LOWER[NJ] = {-0.5, -0.5, -0.5, -0.5, 0.5, 0.5, 0.5, 0.5};
static const double UPPER[NJ] = {0.5, 0.5, 0.5, 0.5, 1.2, 1.2, 1.2, 1.2};

static double now_s(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (t.tv_sec - t0->tv_sec) + 1e-9 * (t.tv_nsec - t0->tv_nsec);
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: %s DOMAIN RATE_HZ COMMAND_TOPIC pub:S|pause:S ...\n", argv[0]);
    return 2;
  }
  int domain = atoi(argv[1]);
  double rate = atof(argv[2]);
  char cmd_topic[256];
  snprintf(cmd_topic, sizeof cmd_topic, "rt/%s", argv[3][0] == '/' ? argv[3] + 1 : argv[3]);
  setvbuf(stdout, NULL, _IOLBF, 0);

  dds_entity_t pp = dds_create_participant((dds_domainid_t) domain, NULL, NULL);
  if (pp < 0) { fprintf(stderr, "participant: %s\n", dds_strretcode(-pp)); return 1; }
  dds_qos_t *qos = dds_create_qos();
  dds_qset_reliability(qos, DDS_RELIABILITY_RELIABLE, DDS_MSECS(100));
  dds_qset_history(qos, DDS_HISTORY_KEEP_LAST, 10);
  dds_entity_t tj = dds_create_topic(pp, &sensor_msgs_msg_dds__JointState__desc, "rt/joint_states", NULL, NULL);
  dds_entity_t ti = dds_create_topic(pp, &sensor_msgs_msg_dds__Imu__desc, "rt/imu/data", NULL, NULL);
  dds_entity_t tc = dds_create_topic(pp, &std_msgs_msg_dds__Float64MultiArray__desc, cmd_topic, NULL, NULL);
  if (tj < 0 || ti < 0 || tc < 0) { fprintf(stderr, "topic creation failed\n"); return 1; }
  dds_entity_t wj = dds_create_writer(pp, tj, qos, NULL);
  dds_entity_t wi = dds_create_writer(pp, ti, qos, NULL);
  dds_entity_t rc = dds_create_reader(pp, tc, qos, NULL);

  double pos[NJ], target[NJ], vel[NJ];
  for (int k = 0; k < NJ; k++) { pos[k] = target[k] = 0.5 * (LOWER[k] + UPPER[k]); vel[k] = 0; }

  /* JointState: reverse order plus an extra joint. */
  char *names[NJ + 1];
  double jpos[NJ + 1], jvel[NJ + 1];
  for (int k = 0; k < NJ; k++) names[k] = (char *) JOINTS[NJ - 1 - k];
  names[NJ] = "gripper";
  sensor_msgs_msg_dds__JointState_ js;
  memset(&js, 0, sizeof js);
  js.header.frame_id = "";
  js.name._length = js.name._maximum = NJ + 1; js.name._buffer = names;
  js.position._length = js.position._maximum = NJ + 1; js.position._buffer = jpos;
  js.velocity._length = js.velocity._maximum = NJ + 1; js.velocity._buffer = jvel;
  js.effort._length = js.effort._maximum = 0; js.effort._buffer = NULL;
  sensor_msgs_msg_dds__Imu_ imu;
  memset(&imu, 0, sizeof imu);
  imu.header.frame_id = "imu_link";
  imu.orientation.w = 1.0;
  imu.linear_acceleration.z = 9.81;

  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  double period = 1.0 / rate, next = 0;
  void *samples[1] = {NULL};
  dds_sample_info_t info[1];
  for (int p = 4; p < argc; p++) {
    int publish = strncmp(argv[p], "pub:", 4) == 0;
    double end = now_s(&t0) + atof(strchr(argv[p], ':') + 1);
    printf("PHASE %s %.6f\n", publish ? "pub" : "pause", now_s(&t0));
    while (now_s(&t0) < end) {
      int n;
      while ((n = dds_take(rc, samples, info, 1, 1)) > 0) {
        if (info[0].valid_data) {
          std_msgs_msg_dds__Float64MultiArray_ *m = samples[0];
          printf("CMD %.6f %u", now_s(&t0), (unsigned) m->data._length);
          for (uint32_t k = 0; k < m->data._length; k++) {
            printf(" %.17g", m->data._buffer[k]);
            if (k < NJ) target[k] = m->data._buffer[k];
          }
          printf("\n");
        }
        dds_return_loan(rc, samples, n);
        samples[0] = NULL;
      }
      double t = now_s(&t0);
      if (t >= next) {
        next += period;
        if (next < t) next = t + period;
        for (int k = 0; k < NJ; k++) {
          double np = pos[k] + 0.3 * (target[k] - pos[k]);
          vel[k] = (np - pos[k]) / period;
          pos[k] = np;
        }
        if (publish) {
          struct timespec rt;
          clock_gettime(CLOCK_REALTIME, &rt);
          js.header.stamp.sec = (int32_t) rt.tv_sec; js.header.stamp.nanosec = (uint32_t) rt.tv_nsec;
          imu.header.stamp = js.header.stamp;
          for (int k = 0; k < NJ; k++) { jpos[k] = pos[NJ - 1 - k]; jvel[k] = vel[NJ - 1 - k]; }
          jpos[NJ] = 0.0; jvel[NJ] = 0.0;
          dds_write(wj, &js);
          dds_write(wi, &imu);
        }
      }
      dds_sleepfor(DDS_USECS(500));
    }
  }
  printf("END %.6f\n", now_s(&t0));
  dds_delete_qos(qos);
  dds_delete(pp);
  return 0;
}
