// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20043855021844292) q[0];
ry(2.512600784288482) q[0];
rz(0.16283031742396226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3524e987e754767494eb360ee0bdc48ec5e51c78b81b8e8f7adc3291ee70b52f
