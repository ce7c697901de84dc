// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0329802996483943) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 448474a0780fa01218ef4062a64d47bc9a5b4084c3d2bba240d390a96383d9ec
