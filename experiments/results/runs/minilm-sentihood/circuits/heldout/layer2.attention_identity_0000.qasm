// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2317737544764533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e03cff6fd1a361aed49886d099a9255e8636f258295c3df4fb94014e2fb6063
