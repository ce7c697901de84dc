// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29546785108745244) q[0];
ry(1.5217251577089193) q[0];
rz(-0.014929049226579227) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14af4cca9d4c2ef19a5f537bf315d64a254c3e34034a036886e5b9b08cdf5137
