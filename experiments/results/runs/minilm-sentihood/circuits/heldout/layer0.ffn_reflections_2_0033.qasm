// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2689172327742566) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f91a9a00fc02e275b05b1e99b77dd0353ef110c37b21874a700a376cbc0b0841
