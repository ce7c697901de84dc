// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14764390025335583) q[0];
ry(1.531330433652877) q[0];
rz(-0.005868019558311843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ecf77d565ef6aad3af741a8090b3dc9737a2bb285834e7424fa2d04de774e72
