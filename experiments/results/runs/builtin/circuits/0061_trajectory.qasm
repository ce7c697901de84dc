// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5337815269454983) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 169d0f66de21658db9f2a8eb2a239f0c920f86a5917c6bdeb2539869a3e04e13
