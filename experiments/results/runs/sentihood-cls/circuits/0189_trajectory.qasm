// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5409936105139552) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6da15a4574a51cfda3b931d34ae2aea27c0ef9f31ace29325d9a5280a556a437
