// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2870797849614735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa6cbca71e50358c9b08bd92f5048f9713fd35b8f4f2be4cac7b05c9eef8f88d
