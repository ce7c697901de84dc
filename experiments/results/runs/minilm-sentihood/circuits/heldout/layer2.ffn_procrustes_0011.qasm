// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.827782217106438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8491dacfe288c68e9697f84d20e0b491e3b8da5d19e5bab74e1bf804abfa769a
