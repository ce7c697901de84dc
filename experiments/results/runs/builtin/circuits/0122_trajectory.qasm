// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.404239916246543) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 60fd1969693d6a18fc1deee363d90c23332a67b6fbcb690a6ff3b8bf4d4363fe
