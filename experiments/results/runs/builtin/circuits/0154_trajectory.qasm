// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.600757875383554) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b7201bc9a7e315edbe196b7bf2f1d94ceb93ac98152334680c904659876595d
