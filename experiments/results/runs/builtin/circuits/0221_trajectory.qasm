// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0304771310650185) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9222844ddf867f970d64a16774838c686e48818422a226f4d6052fae4c36a415
