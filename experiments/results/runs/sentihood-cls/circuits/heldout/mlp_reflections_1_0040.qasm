// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.31107836082768675) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ef25d60e2de60fa748d101fe38110508e33d2df71d6ec843742f191630fb9e2
