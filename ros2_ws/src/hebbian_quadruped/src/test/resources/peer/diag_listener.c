/*
 * A ROS 2 diagnostics monitor played by a plain Cyclone DDS C program: subscribes
 * diagnostic_msgs/DiagnosticArray on rt/<topic> for each TOPIC (RELIABLE KEEP_LAST(10), ROS 2's
 * default QoS) until every topic delivered MIN_SAMPLES messages or TIMEOUT_S passed.
 *
 * Usage: diag_listener DOMAIN TIMEOUT_S MIN_SAMPLES TOPIC...
 * Output (stdout): per status "DIAG <topic#> <level> <name>", then "KV <topic#> <key>\t<value>" per value,
 * then "MSG <topic#> <message>"; finally "END <received per topic...>".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dds/dds.h"
#include "ros2_msgs_dds.h"

#define MAX_TOPICS 8

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc < 5 || argc - 4 > MAX_TOPICS) {
    fprintf(stderr, "usage: %s DOMAIN TIMEOUT_S MIN_SAMPLES TOPIC... (at most %d topics)\n", argv[0], MAX_TOPICS);
    return 2;
  }
  int domain = atoi(argv[1]);
  double timeout = atof(argv[2]);
  int min = atoi(argv[3]);
  int nt = argc - 4;
  setvbuf(stdout, NULL, _IOLBF, 0);

  dds_entity_t pp = dds_create_participant((dds_domainid_t) domain, NULL, NULL);
  if (pp < 0) { fprintf(stderr, "participant: %s\n", dds_strretcode(-pp)); return 1; }
  dds_qos_t *qos = dds_create_qos();
  dds_qset_reliability(qos, DDS_RELIABILITY_RELIABLE, DDS_MSECS(100));
  dds_qset_history(qos, DDS_HISTORY_KEEP_LAST, 10);
  dds_entity_t readers[MAX_TOPICS];
  int got[MAX_TOPICS] = {0};
  for (int t = 0; t < nt; t++) {
    char name[256];
    snprintf(name, sizeof name, "rt/%s", argv[4 + t][0] == '/' ? argv[4 + t] + 1 : argv[4 + t]);
    dds_entity_t topic = dds_create_topic(pp, &diagnostic_msgs_msg_dds__DiagnosticArray__desc, name, NULL, NULL);
    if (topic < 0) { fprintf(stderr, "topic %s: %s\n", name, dds_strretcode(-topic)); return 1; }
    readers[t] = dds_create_reader(pp, topic, qos, NULL);
  }
  double end = now_s() + timeout;
  void *samples[1] = {NULL};
  dds_sample_info_t info[1];
  while (now_s() < end) {
    int done = 1;
    for (int t = 0; t < nt; t++) {
      int n;
      while ((n = dds_take(readers[t], samples, info, 1, 1)) > 0) {
        if (info[0].valid_data) {
          diagnostic_msgs_msg_dds__DiagnosticArray_ *m = samples[0];
          got[t]++;
          for (uint32_t s = 0; s < m->status._length; s++) {
            diagnostic_msgs_msg_dds__DiagnosticStatus_ *st = &m->status._buffer[s];
            printf("DIAG %d %d %s\n", t, st->level, st->name);
            for (uint32_t k = 0; k < st->values._length; k++) {
              printf("KV %d %s\t%s\n", t, st->values._buffer[k].key, st->values._buffer[k].value);
            }
            printf("MSG %d %s\n", t, st->message);
          }
        }
        dds_return_loan(readers[t], samples, n);
        samples[0] = NULL;
      }
      done &= got[t] >= min;
    }
    if (done) break;
    dds_sleepfor(DDS_MSECS(5));
  }
  printf("END");
  for (int t = 0; t < nt; t++) printf(" %d", got[t]);
  printf("\n");
  dds_delete_qos(qos);
  dds_delete(pp);
  return 0;
}
