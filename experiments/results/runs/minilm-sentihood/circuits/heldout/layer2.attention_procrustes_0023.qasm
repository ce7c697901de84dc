// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2529825182390133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b7f91bec9a6950e2c28096d8d3c79c1ab5f42edb3797a130ca1a2224693a5e0
