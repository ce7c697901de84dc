// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9318133346092348) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9fdd5f2a76d43ca381cdac8d0795df7a5e62a9ae47ac078abc384907c4390d26
