// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.530426779220826) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 601f33d29ca8a2474d3eeffffc6c66099a71d839fd7139379836b7e568191dee
