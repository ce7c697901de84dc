// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.412194775717685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb4b6c13328fe52a0375d593a6ce1b0fe251697e2120a1d46b7a6a2d84d473f4
