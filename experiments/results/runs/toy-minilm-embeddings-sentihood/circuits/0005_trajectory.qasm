// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9799897798408357) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1026f9f788410224b0b53e64825d90d51cecb45a3d05019fca183c9f47eb0cb0
