// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4904953081941066) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0cb7d5c791735592e63e0f9dcf9284f96652920994b15d0706ced3b390c85d9e
