// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8907709049038393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3803c8d6d3475c24c4a36579eb7d8a98d0d28279cf2e18a3ab2c2dedacdacf63
