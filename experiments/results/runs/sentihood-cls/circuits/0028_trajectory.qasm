// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.18679020476085303) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23897fae3933921fa2e982402279d3fa237a922c28d209841c810fdefbeb3360
