// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7509453776171717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef3dbb154bc24e15bbc687332195a2d4fcffa3a134144d5f167675057a6fdb33
