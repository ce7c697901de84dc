// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.637143402764817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eec2449f25b556b5f801988903c4ef626ae562fec2e13ee44199d13b52095e65
