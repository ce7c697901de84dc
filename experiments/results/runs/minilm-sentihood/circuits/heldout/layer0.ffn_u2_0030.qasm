// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15224362599320074) q[0];
ry(1.8194076091688407) q[0];
rz(0.037735000250211925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 66af03d46a97c30aa16b94c74df7be4fe5b840766e9575c5645b3015972e7991
