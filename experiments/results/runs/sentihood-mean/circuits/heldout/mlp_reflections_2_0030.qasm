// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2343054394037494) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f49bedb0290f81c1f4e0b6d94eeadb36ddb92a328a0e854c4849cbed4f27d81
