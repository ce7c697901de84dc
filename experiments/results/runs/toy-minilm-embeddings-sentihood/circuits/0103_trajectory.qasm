// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.775341830122447) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 467d562e2f1212aa51e4be924ecd69d0ccfa7c16bca963b5b58d04486999876b
