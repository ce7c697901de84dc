// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6695641098850587) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb1c3932c5fde5d601d91e9fa2fdc782bb2f7daaa2ea1b6682fbc8682a045f9a
