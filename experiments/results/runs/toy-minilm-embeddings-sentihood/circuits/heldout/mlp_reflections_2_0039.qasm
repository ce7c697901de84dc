// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3651507730581187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92aec9feaffb3ec8e4db1bd97a971dbe31717d7a83fcfe0b8cebab085963716f
