// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.36233934864680295) q[0];
ry(2.0122826423491205) q[0];
rz(0.16057842901567243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44de476e7c1e367b78dfa83afa12a97edd5fa7961a81c4275c52ddbf2a8f17cd
