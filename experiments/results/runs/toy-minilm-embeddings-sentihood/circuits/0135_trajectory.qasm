// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.026686869624421) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1dad8062be25e583ad43aad34ff6ae26f2bb13745ac43a74f6f9e276862d7a17
