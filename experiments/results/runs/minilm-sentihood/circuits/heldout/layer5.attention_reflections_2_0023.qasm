// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5299282346909897) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46949e411b6489759b12b8a0dce623f6c375cf3ba18564185337f1e53941f67f
