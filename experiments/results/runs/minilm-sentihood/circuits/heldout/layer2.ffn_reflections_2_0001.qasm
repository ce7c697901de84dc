// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5039067963689643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c9add231f891b8248f4685c0b3a5287c4e410cc1a7bd447f340f4316f63aa5e
