// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0043333145676696) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 231b2b2afe388a9049e100730c82150139c832d1ce1da0b378cece2deafc20f6
