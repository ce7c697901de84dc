// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9631141306252218) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31b25710abe38a39cd5d779326e64b7686e267ecd9583dc642879926067a78de
