// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.543213450606376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d19078b36e4168887464a4f6ca1069c2e533ada1d882d729ecc39252fd276521
