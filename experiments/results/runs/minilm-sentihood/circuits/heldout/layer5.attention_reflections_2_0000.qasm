// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2526447716489346) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57c9a7074bd17cbfa330f97739ed280c993e544d7db1bafcd0b1d046df28c550
