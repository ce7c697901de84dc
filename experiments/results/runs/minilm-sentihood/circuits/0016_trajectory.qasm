// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6365242473485035) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f2211b67e3af7e66452f0c54f207016ed0734f7bd9c2c9d2e0dda2730225210
