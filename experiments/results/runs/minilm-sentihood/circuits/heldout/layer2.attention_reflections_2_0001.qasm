// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.625986401996819) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc61ce594ddd60e1d2301ae053adf15ff01716effa23bc97c9d72ef757e90b63
