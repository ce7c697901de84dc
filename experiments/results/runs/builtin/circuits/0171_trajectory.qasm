// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3114945096629613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29f60d053ddd90f560a5c5d781adf32c591af742c3ae1df6b4666a1c27471b8a
