// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.165617405596154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56ff8396d38386cb7ca627389a2b959d55ce14e3230dacf08e2fa5876b7c1bc5
