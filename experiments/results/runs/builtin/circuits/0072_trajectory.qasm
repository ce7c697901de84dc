// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9593991851752741) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 747fefe149e8d851d7fee2be440d48edec1cb19273de0048d1b24ab5a9927e32
