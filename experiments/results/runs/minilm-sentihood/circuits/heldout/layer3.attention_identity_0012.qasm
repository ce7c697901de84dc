// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.141200641503118) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3644d2c999a12551df93bdd134d7cd6b48b2dd86b0a532f2b089e2eb9abc07fd
