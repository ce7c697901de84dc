// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5494026401209775) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4fd78d45b9887bf86c4dcf3c3f0bc89cd7a8fde873764d54eec1936e589b1da
