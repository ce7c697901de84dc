// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3969824719023373) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15275b071a5afe88842b2cb9b9f869f6107ef55f45223e7cfe64637863f8d0cc
