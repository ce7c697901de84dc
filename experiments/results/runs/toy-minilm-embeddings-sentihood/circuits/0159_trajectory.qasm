// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.464108869047184) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba76065897a1c043e810a960d457017787e92a47f84682b653ea3c144b1e15d6
