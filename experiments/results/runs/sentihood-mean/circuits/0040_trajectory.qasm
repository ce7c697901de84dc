// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3545722384774349) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 296609494765fe9483e452f4c3712d1d1c762e013f6a9e4a89ae7ee3e4d19a9f
