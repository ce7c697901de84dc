// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6278043318120416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cdef123aaf87bdd2d12efe0d90a8bd0b020bcff47b6eab2267c15297252c361
