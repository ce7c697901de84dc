// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0086061019122257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29d6c5d6fcbc3094bc4afcc5bb5343fb3ebcf232ffdbaf1f2587bcc0391a0163
