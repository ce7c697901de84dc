// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1008620134346252) q[0];
ry(1.168191593597121) q[0];
rz(-0.0396331593130288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aebd50cc7802dc9d8381b673df25f26812d2db9a580b752074ae69d17928bfa1
