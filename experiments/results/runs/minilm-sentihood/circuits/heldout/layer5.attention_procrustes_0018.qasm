// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2597156798007108) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6aa5d5c85c9b9d22e7d86077007dee4ecc14c484b0c72a296748a3028f85f81d
