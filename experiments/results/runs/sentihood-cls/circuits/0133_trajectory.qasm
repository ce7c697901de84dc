// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.707704732067755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c87cc81d4416fa90e346f4f1f377b60d76fdf12016942cc2515d4cafbd04d0b
