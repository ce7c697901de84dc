// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.194807211830186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d270a1519186ba21b3c051dbf9d638dc8f3e33ae8adaeb190446f386674a1ab3
