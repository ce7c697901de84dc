// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8068203381664363) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d875b52513764bbbb16401ee81edac1ab2a542ab182c087c7d4f9626947278c0
