// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.286981860359932) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f4525245843498702828f5b782a6af1bda2e95da425c30546294d6d091e9674
