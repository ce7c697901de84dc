// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8447219836256983) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16b620f67b4cfd9fddacd82c8134c3a1ff5f30c83448038e9849b6e5ea6ee5e7
