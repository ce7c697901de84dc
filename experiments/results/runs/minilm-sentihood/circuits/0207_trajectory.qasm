// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.08741462845002) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 622a53ef20262f78de8eeb9a998f4c1386e0b01925c438ba6a057cfe54f22a4c
