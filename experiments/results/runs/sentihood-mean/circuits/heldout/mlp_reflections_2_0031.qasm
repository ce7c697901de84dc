// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4945991530047265) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9505c940b64e20221b13b0267f14fac32a03ba5e1014b5572545d7f77e633a76
