// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9424412027082743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e2ae6fb77cf62905de1275be9c64b1f89c2339c8cb7246c205b7e1bca9e4d46
