// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6202122872461726) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb897cccb138f154f222e5fc1f9803de3c59ed6125f962a8342cfb60cdfa484e
