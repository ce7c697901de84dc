// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4380795410340443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e937fbf53369bcc6b8ce93eacd2b22292973bb11bcad29e014d5f5ca1cc93d2b
