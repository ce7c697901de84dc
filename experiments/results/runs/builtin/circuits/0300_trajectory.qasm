// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.465985595145265) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29339f0e9bc87a988eb0e5808a309352e3fae91a51bb0a8aa73278afa55fecb5
