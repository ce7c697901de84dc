// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6393710878201848) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c344f8f5416cc502cfb228ec8aecf5e409a0ca7889541179fa7ceba74b00fff8
