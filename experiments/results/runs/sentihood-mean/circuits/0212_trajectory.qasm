// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6101695003120109) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b713279b5788ce3d5b5d0f626794c449d798e2ae445a6fc04e6f24ce122a7eb
