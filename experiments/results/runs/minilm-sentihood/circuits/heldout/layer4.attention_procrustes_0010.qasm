// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1188207901516511) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc7741d99c9df35b9cf4579602e6e79df18e9bba4829537c5db5d04d4e35e63a
