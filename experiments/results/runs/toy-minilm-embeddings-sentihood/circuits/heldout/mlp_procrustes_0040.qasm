// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3076761322289503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d65d337043a3735bc0e0f43c1b2cb1deb28fad3f80437b96a2b5b5e7d05a4a5
