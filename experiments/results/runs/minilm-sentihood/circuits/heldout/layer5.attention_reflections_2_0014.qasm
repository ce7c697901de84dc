// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.141659570823696) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1662be13ee045ee3ad48aa8ab5a4960d0d4b375bf619b794f99db98f75c84936
