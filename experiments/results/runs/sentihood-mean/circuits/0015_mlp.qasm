// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1321455124531488) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eafbf7c5cbd8f99ea48117bca7b115982d5a2dc222b1c0eff9af59f8ba05f0cd
