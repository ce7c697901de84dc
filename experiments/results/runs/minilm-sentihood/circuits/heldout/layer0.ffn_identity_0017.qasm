// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7642699663611575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4874be709f41feabce99711994ac1d85936cc0c20d337aaea3b6d22576345e30
