// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5005685267061795) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e7f4e9338362c9b6baf5892bb2f78e6bbdae2ad762fd9ec52457bb99b13ede0
