// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.870489420876279) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22990545de089c7f2868caeeeedfd68e16a80c759fd8d5775651735902904aa5
