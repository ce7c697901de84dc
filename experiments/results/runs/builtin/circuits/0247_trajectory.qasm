// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7149660599101413) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac418300caa8b0627f531e58a3e567f294834dea636927e384671e349a04d96f
