// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6239182978702433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7aff980c2a76834651d9a6a3766c6b05d3690e4236e2bdaa811b19716147a683
