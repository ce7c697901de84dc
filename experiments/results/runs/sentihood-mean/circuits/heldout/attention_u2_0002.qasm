// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.024132952434254) q[0];
ry(1.5513419481241668) q[0];
rz(-0.031956895949560415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8dea04731a86d6988462abb3f665a3abb102e1fa9b19b5cdcff8daa47e32fe50
