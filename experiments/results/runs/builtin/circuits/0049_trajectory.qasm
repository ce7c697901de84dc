// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6271646884633313) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f3724faa0c0ddb01e070fedd6a0f84d59169e3fb91215efface4e5c3cddcee04
