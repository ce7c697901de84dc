// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5107047893580332) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ae7c02ffa529db9509aed7afc0f1484de2331fbc9f18c02ae54a800c9043c99
