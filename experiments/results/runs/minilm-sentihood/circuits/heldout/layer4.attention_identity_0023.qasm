// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4087903302961418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39179e96a8f5f8d40f5ef9dfaaf39060c84eb3cc5e823278431c33f5c067deb3
