// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.304312168120318) q[0];
ry(1.8173258676419122) q[0];
rz(0.07649541912936586) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9cfc57ccbb094ccc864cb2f8ab29a961e18f50910bf9e7919515787ddfb0b164
