// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.294927725623479) q[0];
ry(1.545479384882658) q[0];
rz(-0.007689991617185754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fc592a7a6d17c693c76b16b53bb38578d8ab8afa729658503913a28c3f227ab
