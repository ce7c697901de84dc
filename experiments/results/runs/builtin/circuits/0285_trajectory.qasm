// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8399956986884707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3edd887af59b2649a7517c3a3d830ff79fbe9a9c91ae3891fd6b36b587c5e259
