// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0241037161728905) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df67fdd7edf1370c5a0e534f79a5adbe691579884da73ce8ae57072773ec8840
