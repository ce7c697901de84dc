// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.26266850155780663) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b66a4a6dee77852ef27d55d9eea3a6fca8f9b5e6534d9835cd95abee146e0dd
