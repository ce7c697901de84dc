// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.295508329982256) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e20c38140ac1d4987383ba4de02bc17e92ef806acf40d65af5ae39128ac9064f
