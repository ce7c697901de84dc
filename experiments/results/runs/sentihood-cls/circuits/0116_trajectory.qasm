// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2253114096139097) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad76b3b5220f2708d6e5dac3cc050297b2443d94d5a0ddde2eb3a0a6a87b39eb
