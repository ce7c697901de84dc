// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9893062755573228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9bb6f8225ff20767382e42696f40c7a07c99d21d38a58182a25b32e252e25496
