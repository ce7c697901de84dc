// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6139506393268617) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c032dfeed470d82e4c36e2218248196091a1f4a5123c4cfdaa6f814f9bb8060
