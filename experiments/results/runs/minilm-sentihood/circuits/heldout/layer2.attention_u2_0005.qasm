// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.35311636338530983) q[0];
ry(2.2400752925803045) q[0];
rz(0.22479990637806546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2057d65d0e62d0e70367c0900283187ab667226b62c4b8accedaa62e7da9663b
