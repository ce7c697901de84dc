// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3792337535617607) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e291f7248d6ef7f62e5da417c6bf9ea99d76c2c0dbacdae7e3ad5c43468124a5
