/**
 * Pre-flight check of a servo bus before torque is ever enabled: the model's joints, order, limits and
 * control rate against the servo config; every servo answers; positions inside limits; latched faults;
 * USB latency timer and Return Delay Time with the cycle time they imply; a measured cycle time. Reads
 * only: nothing is written that could move a joint.
 */
package io.hebbian.firmware.preflight;
