// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.46242620958027936) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 237cc46e8f9578805df500ea4f36e60746db100b9cf6a3351f8621f1503c2a18
