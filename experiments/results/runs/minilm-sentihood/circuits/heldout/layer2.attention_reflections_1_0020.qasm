// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.502690842751404) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2fd7e400b71456381bf5a3ea8979d90986a058e27ee5424f8171875a9d1aa95
